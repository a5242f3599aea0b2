"""Cheap, seeded augmentation of generator pages: page geometry (margins, scale, crop, small
rotation) on every page, and OCR-like noise (character confusions, lost diacritics, split and
merged words, dropped punctuation and words, junk tokens, box jitter) on a fraction of pages.

Words are dicts in page pixels: {text, x0, y0, x1, y1, field, value}; everything is a pure function
of the `random.Random` passed in.
"""
import math
import unicodedata

CONFUSIONS = {
    "0": ["O", "o", "D"],
    "O": ["0", "Q"],
    "o": ["0"],
    "1": ["l", "I", "|", "i", "7"],
    "l": ["1", "I", "|"],
    "I": ["1", "l", "|"],
    "5": ["S", "s"],
    "S": ["5", "$"],
    "8": ["B", "3"],
    "B": ["8"],
    "6": ["b", "G"],
    "2": ["Z"],
    "Z": ["2"],
    "9": ["g"],
    "g": ["9", "q"],
    ",": [".", ""],
    ".": [",", ""],
    "e": ["c", "é"],
    "c": ["e"],
    "a": ["o", "e"],
    "u": ["v", "ü"],
    "n": ["h", "ri"],
    "h": ["b", "n"],
    "€": ["E", "C", "e"],
    "£": ["E", "f"],
    "%": ["X", "96"],
    "-": ["—", "~", ""],
    "/": ["I", "l", "1"],
    ":": [";", "."],
}
PAIRS = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("d", "cl"), ("vv", "w"), ("w", "vv"), ("li", "h")]
JUNK = ["|", "-", ".", "'", "_", "~", "=", ",", "—", "‘", "i", "l"]


def strip_diacritics(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def confuse(text, p, rng):
    out, i = [], 0
    while i < len(text):
        if rng.random() < p * 0.3:
            for a, b in PAIRS:
                if text.startswith(a, i):
                    out.append(b)
                    i += len(a)
                    break
            else:
                out.append(text[i])
                i += 1
            continue
        c = text[i]
        if c in CONFUSIONS and rng.random() < p:
            out.append(rng.choice(CONFUSIONS[c]))
        else:
            out.append(c)
        i += 1
    return "".join(out)


def geometry(words, width, height, rng):
    """Page margins, scale, crop and a small rotation → (words, width, height)."""
    new_w, new_h = width, height
    if width < 400 and rng.random() < 0.5:
        # A receipt photographed or scanned on a larger sheet.
        new_w = width * rng.uniform(1.0, 2.6)
        new_h = height * rng.uniform(1.0, 1.4)
    s = rng.uniform(0.82, 1.12)
    sx, sy = s * rng.uniform(0.96, 1.04), s * rng.uniform(0.96, 1.04)
    cx, cy = width / 2, height / 2
    dx = new_w / 2 + rng.uniform(-0.07, 0.07) * new_w
    dy = new_h / 2 + rng.uniform(-0.05, 0.05) * new_h
    angle = math.radians(rng.gauss(0, 0.6)) if rng.random() < 0.5 else 0.0
    ca, sa = math.cos(angle), math.sin(angle)
    out = []
    for w in words:
        mx, my = ((w["x0"] + w["x1"]) / 2 - cx) * sx, ((w["y0"] + w["y1"]) / 2 - cy) * sy
        hw, hh = (w["x1"] - w["x0"]) / 2 * sx, (w["y1"] - w["y0"]) / 2 * sy
        rx, ry = mx * ca - my * sa + dx, mx * sa + my * ca + dy
        x0, y0, x1, y1 = rx - hw, ry - hh, rx + hw, ry + hh
        if x1 <= 0 or y1 <= 0 or x0 >= new_w or y0 >= new_h:
            continue
        o = dict(w)
        o["x0"], o["y0"] = max(0.0, x0), max(0.0, y0)
        o["x1"], o["y1"] = min(new_w, x1), min(new_h, y1)
        out.append(o)
    return out, new_w, new_h


def _same_line(a, b):
    overlap = min(a["y1"], b["y1"]) - max(a["y0"], b["y0"])
    return overlap > 0.5 * min(a["y1"] - a["y0"], b["y1"] - b["y0"])


def ocr_noise(words, rng):
    """OCR-like damage at a random strength for this page."""
    level = rng.uniform(0.3, 1.0)
    p_char = 0.04 * level
    out = []
    i = 0
    while i < len(words):
        w = dict(words[i])
        h = max(1.0, w["y1"] - w["y0"])
        r = rng.random()
        if r < 0.012 * level:  # a missed word
            i += 1
            continue
        # Merged with the next word on the same line (a narrow gap read as none).
        if (
            i + 1 < len(words)
            and rng.random() < 0.035 * level
            and _same_line(w, words[i + 1])
            and 0 <= words[i + 1]["x0"] - w["x1"] < 1.2 * h
        ):
            nxt = words[i + 1]
            w["text"] = w["text"] + nxt["text"]
            w["x1"] = max(w["x1"], nxt["x1"])
            w["y0"], w["y1"] = min(w["y0"], nxt["y0"]), max(w["y1"], nxt["y1"])
            if w["field"] == "O":
                w["field"], w["value"] = nxt["field"], nxt["value"]
            i += 1
        text = w["text"]
        if rng.random() < 0.5 * level:
            text = strip_diacritics(text)
        text = confuse(text, p_char, rng)
        if len(text) > 1 and text[-1] in ":,.;" and rng.random() < 0.15 * level:
            text = text[:-1]
        if not text.strip():
            text = w["text"]
        w["text"] = text.replace(" ", "")
        # Box jitter.
        j = 0.12 * h * level
        w["x0"] += rng.uniform(-j, j)
        w["x1"] += rng.uniform(-j, j)
        w["y0"] += rng.uniform(-j, j) * 0.5
        w["y1"] += rng.uniform(-j, j) * 0.5
        if w["x1"] <= w["x0"]:
            w["x1"] = w["x0"] + 1
        if w["y1"] <= w["y0"]:
            w["y1"] = w["y0"] + 1
        # Split at a random point (a wide letter gap).
        if len(w["text"]) >= 4 and rng.random() < 0.025 * level:
            k = rng.randint(1, len(w["text"]) - 1)
            xm = w["x0"] + (w["x1"] - w["x0"]) * k / len(w["text"])
            a, b = dict(w), dict(w)
            a["text"], a["x1"] = w["text"][:k], xm
            b["text"], b["x0"] = w["text"][k:], xm + 0.15 * h
            b["x1"] = max(b["x1"], b["x0"] + 1)
            out.extend([a, b])
        else:
            out.append(w)
        # Junk from rules, stains and table borders.
        if rng.random() < 0.012 * level:
            jx = w["x1"] + rng.uniform(0.2, 3) * h
            out.append(
                {"text": rng.choice(JUNK), "x0": jx, "y0": w["y0"], "x1": jx + 0.3 * h, "y1": w["y1"], "field": "O", "value": -1}
            )
        i += 1
    return out


def augment(words, width, height, rng, p_ocr=0.4):
    words, width, height = geometry(words, width, height, rng)
    if rng.random() < p_ocr:
        words = ocr_noise(words, rng)
    return words, width, height
