"""Reading order and line ids for generator words, as the app gives them to the model.

The generator's words come in DOM order with CSS-pixel boxes. The app reads a text layer through
src/pipeline/page-layout.ts (lines split at wide gaps, blocks, recursive XY-cut) and OCR through
tesseract's block/paragraph/line tree. `layout_order` ports page-layout.ts for horizontal text;
`row_order` is the plain alternative (one line per baseline row, rows top to bottom, words left to
right), close to how tesseract reads a table that spans the page. Training mixes both.
"""
import functools

# The same constants as src/pipeline/page-layout.ts.
LINE_GAP = 2.5
BASELINE_TOLERANCE = 0.5
BLOCK_SPACING = 1.7
# A DOM line box is about 1.15 font sizes high; the text layer's size is the font size.
BOX_TO_SIZE = 1 / 1.15


def _size(w):
    return max(1e-6, (w["y1"] - w["y0"]) * BOX_TO_SIZE)


def _across(w):
    # Baseline: page-layout.ts uses the baseline; here the box bottom minus the descent.
    return w["y1"] - 0.22 * (w["y1"] - w["y0"])


def _find_rows(words):
    placed = sorted(words, key=lambda w: _across(w))
    rows, row, across_sum, row_size = [], [], 0.0, 0.0
    for w in placed:
        size = max(_size(w), row_size)
        if row and _across(w) - across_sum / len(row) > BASELINE_TOLERANCE * size:
            rows.append(row)
            row, across_sum, row_size = [], 0.0, 0.0
        row.append(w)
        across_sum += _across(w)
        row_size = max(row_size, _size(w))
    if row:
        rows.append(row)
    return rows


def _line(items):
    return {
        "words": items,
        "across": sum(_across(w) for w in items) / len(items),
        "size": max(_size(w) for w in items),
        "along0": min(w["x0"] for w in items),
        "along1": max(w["x1"] for w in items),
        "box": (
            min(w["x0"] for w in items),
            min(w["y0"] for w in items),
            max(w["x1"] for w in items),
            max(w["y1"] for w in items),
        ),
    }


def _find_lines(words):
    lines = []
    for items in _find_rows(words):
        items.sort(key=lambda w: w["x0"])
        segment = []
        for w in items:
            if segment:
                last = segment[-1]
                size = max(_size(w), _size(last))
                if w["x0"] - last["x1"] > LINE_GAP * size:
                    lines.append(_line(segment))
                    segment = []
            segment.append(w)
        if segment:
            lines.append(_line(segment))
    return lines


def _group_blocks(unsorted):
    lines = sorted(unsorted, key=lambda l: l["across"])
    parent = list(range(len(lines)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(lines):
        for j in range(i + 1, len(lines)):
            b = lines[j]
            if b["across"] - a["across"] > BLOCK_SPACING * max(a["size"], b["size"]):
                break
            if a["along0"] < b["along1"] and b["along0"] < a["along1"]:
                parent[find(j)] = find(i)
    blocks = {}
    for i, line in enumerate(lines):
        blocks.setdefault(find(i), []).append(line)
    out = []
    for block in blocks.values():
        # Parts of one row that joined the same block read left to right.
        def cmp(a, b):
            if abs(a["across"] - b["across"]) < BASELINE_TOLERANCE * a["size"]:
                return -1 if a["along0"] < b["along0"] else (1 if a["along0"] > b["along0"] else 0)
            return -1 if a["across"] < b["across"] else (1 if a["across"] > b["across"] else 0)

        out.append(sorted(block, key=functools.cmp_to_key(cmp)))
    return out


def _block_box(lines):
    return (
        min(l["box"][0] for l in lines),
        min(l["box"][1] for l in lines),
        max(l["box"][2] for l in lines),
        max(l["box"][3] for l in lines),
    )


def _cut(blocks, horizontal):
    s, e = (1, 3) if horizontal else (0, 2)
    ordered = sorted(blocks, key=lambda b: b["box"][s])
    groups, reach = [], float("-inf")
    for b in ordered:
        slack = 0.15 * (b["box"][e] - b["box"][s])
        if not groups or b["box"][s] >= reach - slack:
            groups.append([b])
        else:
            groups[-1].append(b)
        reach = max(reach, b["box"][e])
    return groups


def _xy_cut(blocks, horizontal=True):
    if len(blocks) <= 1:
        return list(blocks)
    groups = _cut(blocks, horizontal)
    if len(groups) > 1:
        return [b for g in groups for b in _xy_cut(g, not horizontal)]
    other = _cut(blocks, not horizontal)
    if len(other) > 1:
        return [b for g in other for b in _xy_cut(g, horizontal)]
    return sorted(blocks, key=lambda b: (b["box"][1], b["box"][0]))


def layout_order(words):
    """Words ({x0,y0,x1,y1,...} in page px) → list of lines (lists of words) in reading order."""
    if not words:
        return []
    blocks = [{"lines": ls, "box": _block_box(ls)} for ls in _group_blocks(_find_lines(words))]
    return [line["words"] for block in _xy_cut(blocks) for line in block["lines"]]


def row_order(words):
    """One line per baseline row, rows top to bottom, words left to right."""
    return [sorted(row, key=lambda w: w["x0"]) for row in _find_rows(words)]


def order_page(words, width, height, mode="layout"):
    """Page words in px → words in reading order with `line` ids and boxes normalised to 0..1.

    Each output word is a copy of the input word with x0..y1 divided by the page size and `line`
    set; other keys (label, value id) are kept.
    """
    lines = layout_order(words) if mode == "layout" else row_order(words)
    out = []
    for line_id, line in enumerate(lines):
        for w in line:
            o = dict(w)
            o["x0"], o["x1"] = w["x0"] / width, w["x1"] / width
            o["y0"], o["y1"] = w["y0"] / height, w["y1"] / height
            o["line"] = line_id
            out.append(o)
    return out
