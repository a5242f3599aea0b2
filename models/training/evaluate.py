"""Windows, decoding and per-field F1 for the field model (shared by training and export checks)."""
import numpy as np
import torch

from data import FIELDS, HEADER_FIELDS, LABELS, split_windows

FIELD_OF = [None] + [l[2:] for l in LABELS[1:]]
IS_B = [False] + [l.startswith("B-") for l in LABELS[1:]]
FIELD_INDEX = {f: i for i, f in enumerate(FIELDS)}


def page_logits(run, ids, boxes, size=512, stride=384):
    """Logits for one page: windows as in FEATURES.md; each word from the window where it is
    farthest from an edge. `run(ids[T,14], boxes[T,4]) → logits[T,L]` (numpy)."""
    n = len(ids)
    out = None
    best = np.full(n, -1)
    for start in split_windows(n, size, stride):
        end = min(n, start + size)
        logits = run(ids[start:end], boxes[start:end])
        if out is None:
            out = np.zeros((n, logits.shape[-1]), dtype=np.float32)
        for i in range(start, end):
            margin = min(i - start, end - 1 - i)
            if margin > best[i]:
                best[i] = margin
                out[i] = logits[i - start]
    return out


def decode(logits):
    """Argmax per word; an I- with no open value of its field becomes B- (I- only continues)."""
    pred = logits.argmax(-1).tolist()
    open_fields = set()
    for i, p in enumerate(pred):
        if p == 0:
            continue
        f = FIELD_OF[p]
        if not IS_B[p] and f not in open_fields:
            pred[i] = p - 1  # B- comes right before I- in labels.json
        open_fields.add(f)
    return pred


def spans(labels):
    """Label ids in reading order → {(field, frozenset(word indices))}. I- joins the latest open
    value of its field."""
    current, groups = {}, []
    for i, p in enumerate(labels):
        if p == 0:
            continue
        f = FIELD_OF[p]
        if IS_B[p] or f not in current:
            current[f] = len(groups)
            groups.append((f, [i]))
        else:
            groups[current[f]][1].append(i)
    return {(f, frozenset(ix)) for f, ix in groups}


class Scores:
    def __init__(self):
        n = len(FIELDS)
        self.tp, self.fp, self.fn = np.zeros(n), np.zeros(n), np.zeros(n)
        self.stp, self.sfp, self.sfn = np.zeros(n), np.zeros(n), np.zeros(n)
        self.pages = 0
        self.words = 0

    def add(self, gold, pred):
        self.pages += 1
        self.words += len(gold)
        for g, p in zip(gold, pred):
            gf, pf = FIELD_OF[g], FIELD_OF[p]
            if gf == pf:
                if gf is not None:
                    self.tp[FIELD_INDEX[gf]] += 1
                continue
            if pf is not None:
                self.fp[FIELD_INDEX[pf]] += 1
            if gf is not None:
                self.fn[FIELD_INDEX[gf]] += 1
        gs, ps = spans(gold), spans(pred)
        for f, _ in gs & ps:
            self.stp[FIELD_INDEX[f]] += 1
        for f, _ in ps - gs:
            self.sfp[FIELD_INDEX[f]] += 1
        for f, _ in gs - ps:
            self.sfn[FIELD_INDEX[f]] += 1

    @staticmethod
    def _f1(tp, fp, fn):
        d = 2 * tp + fp + fn
        return np.where(d > 0, 2 * tp / np.maximum(d, 1), np.nan)

    def report(self):
        f1 = self._f1(self.tp, self.fp, self.fn)
        sf1 = self._f1(self.stp, self.sfp, self.sfn)
        support = self.tp + self.fn
        per = {}
        for i, f in enumerate(FIELDS):
            per[f] = {
                "tokenF1": None if np.isnan(f1[i]) else round(float(f1[i]), 4),
                "valueF1": None if np.isnan(sf1[i]) else round(float(sf1[i]), 4),
                "words": int(support[i]),
                "values": int(self.stp[i] + self.sfn[i]),
            }

        def macro(fields, key):
            vals = [per[f][key] for f in fields if per[f]["words"] > 0 and per[f][key] is not None]
            return round(float(np.mean(vals)), 4) if vals else None

        tp, fp, fn = self.tp.sum(), self.fp.sum(), self.fn.sum()
        return {
            "pages": self.pages,
            "words": self.words,
            "headerMacroTokenF1": macro(HEADER_FIELDS, "tokenF1"),
            "allMacroTokenF1": macro(FIELDS, "tokenF1"),
            "microTokenF1": round(float(2 * tp / max(1, 2 * tp + fp + fn)), 4),
            "headerMacroValueF1": macro(HEADER_FIELDS, "valueF1"),
            "allMacroValueF1": macro(FIELDS, "valueF1"),
            "fields": per,
        }


def torch_runner(model):
    def run(ids, boxes):
        with torch.no_grad():
            out = model(torch.from_numpy(ids)[None], torch.from_numpy(boxes)[None])
        return out[0].numpy()

    return run


def evaluate(model, examples, batch_tokens=8192):
    """examples: [(ids, boxes, labels)]; pages ≤ 512 words run batched with padding, longer ones
    through page_logits (as the browser does)."""
    model.eval()
    scores = Scores()
    short = [e for e in examples if len(e[0]) <= 512]
    long = [e for e in examples if len(e[0]) > 512]
    short.sort(key=lambda e: len(e[0]))
    i = 0
    with torch.no_grad():
        while i < len(short):
            j = i
            while j < len(short) and (j - i + 1) * len(short[j][0]) <= batch_tokens:
                j += 1
            j = max(j, i + 1)
            group = short[i:j]
            t = max(len(e[0]) for e in group)
            ids = np.zeros((len(group), t, 14), dtype=np.int32)
            boxes = np.zeros((len(group), t, 4), dtype=np.int32)
            pad = np.ones((len(group), t), dtype=bool)
            for k, e in enumerate(group):
                n = len(e[0])
                ids[k, :n], boxes[k, :n], pad[k, :n] = e[0], e[1], False
            logits = model(torch.from_numpy(ids), torch.from_numpy(boxes), torch.from_numpy(pad)).numpy()
            for k, e in enumerate(group):
                scores.add(list(e[2]), decode(logits[k, : len(e[0])]))
            i = j
        run = torch_runner(model)
        for e in long:
            scores.add(list(e[2]), decode(page_logits(run, e[0], e[1])))
    return scores.report()
