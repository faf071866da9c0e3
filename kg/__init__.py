"""kg: knowledge graphs of people, places, organisations and programmes from Chinese local newspaper pages."""

__version__ = "0.1.0"
