"""Generator documents → model examples: reading order, BIO labels, features (FEATURES.md).

A value is a run of DOM-consecutive words with the same field (and the same line item); its first
word in reading order is `B-<field>`, the others `I-<field>`, even when other words come between
them in reading order (multi-line addresses beside a facts column, wrapped descriptions).
"""
import glob
import json
import os
import unicodedata

import numpy as np

from featurize import SLOTS, hashed, norm, shape, digits, trigrams, numclass, featurize
from reading_order import order_page

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS_JSON = os.path.join(HERE, "..", "labels.json")


def load_labels():
    with open(LABELS_JSON) as f:
        spec = json.load(f)
    return spec["fields"], spec["labels"]


FIELDS, LABELS = load_labels()
LABEL_ID = {l: i for i, l in enumerate(LABELS)}
HEADER_FIELDS = [f for f in FIELDS if not f.startswith("line.")]


def load_docs(dirs, exclude_families=(), only_families=None):
    docs = []
    for d in dirs:
        for path in sorted(glob.glob(os.path.join(d, "s*-*.json"))):
            with open(path) as f:
                doc = json.load(f)
            fam = doc["family"]
            if fam in exclude_families:
                continue
            if only_families is not None and fam not in only_families:
                continue
            docs.append(doc)
    return docs


def page_words(page):
    """Generator page → words in px with field and value ids (DOM order)."""
    words, value, prev_key = [], -1, None
    for w in page["words"]:
        field = w["label"]
        key = (field, w.get("line", -1)) if field != "O" else None
        if key is not None and key != prev_key:
            value += 1
        prev_key = key
        x0, y0, x1, y1 = w["box"]
        words.append(
            {"text": w["text"], "x0": x0, "y0": y0, "x1": x1, "y1": y1, "field": field, "value": value if key else -1}
        )
    return words


def bio_labels(words):
    """Words in reading order with `field`/`value` → label ids."""
    seen = set()
    out = []
    for w in words:
        if w["field"] == "O" or w["field"] not in FIELDS:
            out.append(0)
            continue
        v = w["value"]
        out.append(LABEL_ID[("I-" if v in seen else "B-") + w["field"]])
        seen.add(v)
    return out


class FastFeaturizer:
    """featurize.featurize with per-text caching (identical output, checked by `check_parity`)."""

    def __init__(self):
        self.cache = {}

    def _text(self, text):
        c = self.cache.get(text)
        if c is None:
            n = norm(text)
            values = [n, shape(text), n[:3], n[-3:], digits(text), *trigrams(text)]
            own = [hashed(s, v) for s, v in enumerate(values)]
            c = (
                own,
                hashed(9, n),
                hashed(10, n),
                hashed(11, numclass(text)),
                hashed(12, str(min(len(unicodedata.normalize("NFKC", text)), 20))),
            )
            self.cache[text] = c
        return c

    def __call__(self, words):
        n = len(words)
        ids = np.empty((n, SLOTS), dtype=np.int32)
        boxes = np.empty((n, 4), dtype=np.int32)
        bol, eol = hashed(9, "<bol>"), hashed(10, "<eol>")
        pos_hash = [hashed(13, str(i)) for i in range(8)]
        pos_in_line = {}
        cached = [self._text(w["text"]) for w in words]
        for i, w in enumerate(words):
            own, _, _, h11, h12 = cached[i]
            line = w["line"]
            k = pos_in_line.get(line, 0)
            pos_in_line[line] = k + 1
            prev = cached[i - 1][1] if i > 0 and words[i - 1]["line"] == line else bol
            nxt = cached[i + 1][2] if i + 1 < n and words[i + 1]["line"] == line else eol
            ids[i, :9] = own
            ids[i, 9] = prev
            ids[i, 10] = nxt
            ids[i, 11] = h11
            ids[i, 12] = h12
            ids[i, 13] = pos_hash[min(k, 7)]
        xy = np.array([[w["x0"], w["y0"], w["x1"], w["y1"]] for w in words], dtype=np.float64).reshape(n, 4)
        boxes[:] = np.clip(np.floor(xy * 1000 + 0.5), 0, 1000).astype(np.int32)
        return ids, boxes


def check_parity(pages, featurizer=None):
    """Fast features == featurize.py's on these pages (list of reading-order word lists)."""
    f = featurizer or FastFeaturizer()
    for words in pages:
        ref = featurize(words)
        ids, boxes = f(words)
        if ids.tolist() != ref["ids"] or boxes.tolist() != ref["boxes"]:
            return False
    return True


def split_windows(n, size=512, stride=384):
    """Window starts as the browser cuts them (FEATURES.md)."""
    if n <= size:
        return [0]
    starts = list(range(0, n - size, stride))
    starts.append(n - size)
    return sorted(set(starts))

