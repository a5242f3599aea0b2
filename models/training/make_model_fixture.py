"""Write tests/unit/model/field-model-fixture.json: a few generated pages (never trained on) in
reading order with their true fields, for the test that the committed model labels them.

/usr/bin/python3 models/training/make_model_fixture.py --data VAL_DIR --out tests/unit/model/field-model-fixture.json
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import load_docs, page_words  # noqa: E402
from reading_order import order_page  # noqa: E402

FAMILIES = ["classic-right-meta", "din5008", "thermal-receipt", "two-column-parties", "sidebar-left"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    pages = []
    for fam in FAMILIES:
        for doc in load_docs([args.data], only_families={fam}):
            page = doc["pages"][0]
            if len(page["words"]) > 200:
                continue
            words = order_page(page_words(page), page["width"], page["height"])
            pages.append(
                {
                    "id": doc["id"],
                    "family": fam,
                    "words": [
                        [w["text"], round(w["x0"], 5), round(w["y0"], 5), round(w["x1"], 5), round(w["y1"], 5), w["line"], w["field"]]
                        for w in words
                    ],
                }
            )
            break
    fixture = {
        "about": "Generator pages (validation seed 101, never trained on) in reading order: [text, x0, y0, x1, y1, line, field]",
        "pages": pages,
    }
    with open(args.out, "w") as fh:
        json.dump(fixture, fh, ensure_ascii=False)
    print(f"{len(pages)} pages, {sum(len(p['words']) for p in pages)} words → {args.out}")


if __name__ == "__main__":
    main()
