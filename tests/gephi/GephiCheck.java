import java.awt.Color;
import java.io.File;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.graph.api.Table;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.importer.api.NodeDraft;
import org.gephi.io.importer.api.Report;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Imports one GraphML or GEXF file with Gephi's own engine (gephi-toolkit), following the desktop app's
 * path (importFile -> verify -> DefaultProcessor into a new workspace), and prints one JSON object
 * describing what Gephi ended up with. Exit 0 when imported, 1 when the import failed.
 */
public class GephiCheck {

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: GephiCheck FILE.graphml");
            System.exit(2);
        }
        // Keep stdout for the JSON only: anything the toolkit prints goes to stderr.
        PrintStream json = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        Logger.getLogger("").setLevel(Level.SEVERE);
        Locale.setDefault(Locale.ENGLISH); // issue messages come from localized bundles

        File file = new File(args[0]).getAbsoluteFile();
        if (!file.isFile()) {
            System.err.println("GephiCheck: no such file: " + file);
            System.exit(1);
        }

        ProjectController pc = Lookup.getDefault().lookup(ProjectController.class);
        pc.newProject();
        Workspace workspace = pc.getCurrentWorkspace();
        ImportController ic = Lookup.getDefault().lookup(ImportController.class);

        List<Object> issues = new ArrayList<>();
        Container container;
        try {
            container = ic.importFile(file); // picks the importer by extension, like File > Open
        } catch (RuntimeException e) {
            // Malformed XML and CRITICAL issues end up here.
            System.err.println("GephiCheck: import failed: " + e);
            System.exit(1);
            return;
        }
        if (container == null) {
            System.err.println("GephiCheck: no Gephi importer for " + file.getName());
            System.exit(1);
        }
        // The desktop app verifies, shows this report, then processes and shows the processor's issues.
        container.verify();
        collect(container.getReport(), issues);
        Map<String, Boolean> colorSet = new HashMap<>(); // the file gave a colour (else Gephi's default)
        for (NodeDraft d : container.getUnloader().getNodes()) {
            colorSet.put(d.getId(), d.getColor() != null);
        }
        DefaultProcessor processor = new DefaultProcessor();
        ic.process(container, processor, workspace);
        collect(processor.getReport(), issues);

        GraphModel gm = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
        Graph graph = gm.getGraph();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("issues", issues);
        out.put("nodes", graph.getNodeCount());
        out.put("edges", graph.getEdgeCount());
        out.put("directed", gm.isDirected());
        int directedEdges = 0;
        for (Edge e : graph.getEdges()) {
            if (e.isDirected()) directedEdges++;
        }
        out.put("directed_edges", directedEdges);
        // Time (GEXF): elements with intervals, the model's time bounds, edges with a dynamic weight.
        int timedNodes = 0, timedEdges = 0, dynamicWeights = 0;
        for (Node n : graph.getNodes()) {
            if (n.getIntervals().length > 0) timedNodes++;
        }
        for (Edge e : graph.getEdges()) {
            if (e.getIntervals().length > 0) timedEdges++;
            if (e.hasDynamicWeight()) dynamicWeights++;
        }
        out.put("timed_nodes", timedNodes);
        out.put("timed_edges", timedEdges);
        out.put("dynamic_weight_edges", dynamicWeights);
        org.gephi.graph.api.Interval bounds = gm.getTimeBounds();
        List<Object> span = new ArrayList<>();
        if (bounds != null && !Double.isInfinite(bounds.getLow())) {
            span.add(bounds.getLow());
            span.add(bounds.getHigh());
        }
        out.put("time_bounds", span);
        Map<String, Column> nodeCols = columns(gm.getNodeTable());
        Map<String, Column> edgeCols = columns(gm.getEdgeTable());
        out.put("node_columns", types(nodeCols));
        out.put("edge_columns", types(edgeCols));

        Map<String, Object> labels = new LinkedHashMap<>(), attrs = new LinkedHashMap<>(),
            colors = new LinkedHashMap<>(), sizes = new LinkedHashMap<>();
        for (Node n : graph.getNodes()) {
            String id = String.valueOf(n.getId());
            labels.put(id, n.getLabel());
            attrs.put(id, values(n, nodeCols));
            Color c = n.getColor();
            colors.put(id, Boolean.TRUE.equals(colorSet.get(id))
                ? String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue()) : null);
            sizes.put(id, n.size());
        }
        List<Object> weights = new ArrayList<>();
        Map<String, Object> edgeAttrs = new LinkedHashMap<>();
        for (Edge e : graph.getEdges()) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("source", String.valueOf(e.getSource().getId()));
            w.put("target", String.valueOf(e.getTarget().getId()));
            w.put("weight", e.getWeight());
            weights.add(w);
            edgeAttrs.put(String.valueOf(e.getId()), values(e, edgeCols));
        }
        out.put("labels", labels);
        out.put("node_attributes", attrs);
        out.put("edge_weights", weights);
        out.put("edge_attributes", edgeAttrs);
        out.put("node_colors", colors);
        out.put("node_sizes", sizes);

        StringBuilder sb = new StringBuilder();
        write(sb, out);
        json.println(sb);
        System.exit(0); // the toolkit leaves non-daemon threads behind
    }

    private static void collect(Report report, List<Object> into) {
        if (report == null) return;
        for (Issue i : report.getIssuesList(Integer.MAX_VALUE)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("level", i.getLevel().name());
            m.put("message", i.getMessage());
            into.add(m);
        }
    }

    /** Non-standard columns keyed by title (the GraphML attr.name); a repeated title gets its id appended. */
    private static Map<String, Column> columns(Table table) {
        Map<String, Column> m = new LinkedHashMap<>();
        for (Column c : table) {
            if (c.isProperty()) continue; // Id, Label, Weight, Interval...: shown in their own fields
            String key = m.containsKey(c.getTitle()) ? c.getTitle() + " [" + c.getId() + "]" : c.getTitle();
            m.put(key, c);
        }
        return m;
    }

    private static Map<String, Object> types(Map<String, Column> cols) {
        Map<String, Object> m = new LinkedHashMap<>();
        cols.forEach((k, c) -> m.put(k, c.getTypeClass().getSimpleName()));
        return m;
    }

    private static Map<String, Object> values(org.gephi.graph.api.Element el, Map<String, Column> cols) {
        Map<String, Object> m = new LinkedHashMap<>();
        cols.forEach((k, c) -> m.put(k, el.getAttribute(c)));
        return m;
    }

    // Tiny JSON writer: avoids any dependency beyond the toolkit jar.
    private static void write(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                if (!first) sb.append(',');
                first = false;
                write(sb, String.valueOf(e.getKey()));
                sb.append(':');
                write(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof List) {
            sb.append('[');
            for (int i = 0; i < ((List<?>) v).size(); i++) {
                if (i > 0) sb.append(',');
                write(sb, ((List<?>) v).get(i));
            }
            sb.append(']');
        } else if (v.getClass().isArray()) { // Gephi list types (liststring, listint...)
            List<Object> l = new ArrayList<>();
            for (int i = 0; i < Array.getLength(v); i++) l.add(Array.get(v, i));
            write(sb, l);
        } else if (v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Number) {
            double d = ((Number) v).doubleValue();
            sb.append(Double.isNaN(d) || Double.isInfinite(d) ? "null" : v.toString());
        } else {
            String s = v.toString();
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == '"' || ch == '\\') sb.append('\\').append(ch);
                else if (ch < 0x20) sb.append(String.format("\\u%04x", (int) ch));
                else sb.append(ch);
            }
            sb.append('"');
        }
    }
}
