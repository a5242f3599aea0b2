"""Write models/metrics.json: dataset statistics and per-field F1 of the training runs.

/usr/bin/python3 models/training/write_metrics.py --data DATA_DIR --final RUN/results.json \
    [--holdout RUN/results.json] [--export EXPORT.json] --out models/metrics.json
"""
import argparse
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import FIELDS  # noqa: E402


def dataset_stats(dirs):
    docs = pages = words = 0
    families, locales, field_words, field_docs, seeds = {}, {}, {}, {}, set()
    for d in dirs:
        summary = os.path.join(d, "summary.json")
        if os.path.exists(summary):
            with open(summary) as fh:
                s = json.load(fh)
            seeds.add((s["seed"], s["start"], s["count"], s.get("family")))
        for path in glob.glob(os.path.join(d, "s*-*.json")):
            with open(path) as fh:
                doc = json.load(fh)
            docs += 1
            families[doc["family"]] = families.get(doc["family"], 0) + 1
            locales[doc["locale"]] = locales.get(doc["locale"], 0) + 1
            present = set()
            for p in doc["pages"]:
                pages += 1
                words += len(p["words"])
                for w in p["words"]:
                    if w["label"] != "O":
                        field_words[w["label"]] = field_words.get(w["label"], 0) + 1
                        present.add(w["label"])
            for f in present:
                field_docs[f] = field_docs.get(f, 0) + 1
    return {
        "generator": [
            {"seed": s, "start": st, "count": c, **({"family": f} if f else {})} for s, st, c, f in sorted(seeds, key=str)
        ],
        "documents": docs,
        "pages": pages,
        "words": words,
        "families": dict(sorted(families.items())),
        "locales": dict(sorted(locales.items())),
        "labelledWords": {f: field_words.get(f, 0) for f in FIELDS},
        "documentsWithField": {f: field_docs.get(f, 0) for f in FIELDS},
    }


def per_field(report):
    return {f: {"tokenF1": v["tokenF1"], "valueF1": v["valueF1"], "words": v["words"]} for f, v in report["fields"].items()}


def summary(report):
    keys = ("pages", "words", "headerMacroTokenF1", "allMacroTokenF1", "microTokenF1", "headerMacroValueF1", "allMacroValueF1")
    return {**{k: report[k] for k in keys}, "fields": per_field(report)}


def run_section(results, families_in_training):
    out = {
        "trainDocuments": results["trainDocs"],
        "trainPages": results["trainPages"],
        "trainFamilies": sorted(results["trainFamilies"]),
        "steps": results["steps"],
        "plannedSteps": results["args"]["steps"],
        "layers": results["config"]["layers"],
        "bestStep": results["bestStep"],
        "selectedOn": results["selectedOn"],
        "trainMinutes": results["trainMinutes"],
        "totalMinutes": results["totalMinutes"],
        "tokensSeen": results["tokensSeen"],
        "sameDistribution": summary(results["val"]),
        "sameDistributionOcrNoise": summary(results["valOcrNoise"]),
    }
    if "unseen" in results:
        # The five held-out families: unseen layouts in the holdout run, new documents of trained
        # layouts for the final model.
        key = "heldOutFamiliesNowTrained" if families_in_training else "unseenFamilies"
        out[key] = {"families": results["unseenFamilies"], **summary(results["unseen"])}
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--final", required=True)
    ap.add_argument("--holdout")
    ap.add_argument("--export")
    ap.add_argument("--ort", help="check_onnx.mjs output (onnxruntime-node vs torch)")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    d = args.data
    with open(args.final) as fh:
        final = json.load(fh)
    train_dirs = sorted(glob.glob(os.path.join(d, "train-s*[0-9]")))
    metrics = {
        "model": "models/field-model.onnx",
        "featureVersion": 1,
        "parameters": final["parameters"],
        "config": final["config"],
        "datasets": {
            "train": dataset_stats(train_dirs),
            "sameDistributionValidation": dataset_stats([os.path.join(d, "val")]),
            "unseenFamilyValidation": dataset_stats(sorted(glob.glob(os.path.join(d, "unseen-*[a-z0-9]")))),
        },
        "final": run_section(final, True),
    }
    if args.holdout:
        with open(args.holdout) as fh:
            metrics["holdoutExperiment"] = run_section(json.load(fh), False)
    if args.export:
        with open(args.export) as fh:
            metrics["export"] = json.load(fh)
    if args.ort and os.path.exists(args.ort):
        with open(args.ort) as fh:
            ort = json.load(fh)
        ort.pop("model", None)
        metrics.setdefault("export", {})["onnxruntimeNode"] = ort
    metrics["benchDev"] = {
        "note": "to be filled by the lead from `npm run bench -- --ignore-embedded-xml` and ../shared/bench/score.mjs on ../shared/bench/dev",
        "headerAccuracy": {"pdf": None, "scan": None, "photo": None, "image": None},
        "linesF1": {"pdf": None},
        "inferenceMsPerPageWasm": None,
    }
    with open(args.out, "w") as fh:
        json.dump(metrics, fh, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    main()
