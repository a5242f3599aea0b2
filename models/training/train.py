"""Train the field model on generator output (one process, one thread).

/usr/bin/python3 models/training/train.py --train D1 D2 --val DV --unseen DU1 DU2 \
    --exclude-families a,b --steps 1500 --out /tmp/run
Keeps the checkpoint with the best header-field macro token F1 on the unseen-family set (or on the
same-distribution set when there is none). Logs to OUT/log.txt and --status.
"""
import argparse
import json
import math
import os
import random
import sys
import time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import LABELS, FastFeaturizer, bio_labels, check_parity, load_docs, page_words  # noqa: E402
from evaluate import evaluate  # noqa: E402
from model import Config, FieldModel, count_params  # noqa: E402
from noise import augment, geometry, ocr_noise  # noqa: E402
from reading_order import order_page  # noqa: E402

MAX_WORDS = 512


def log(msg, files):
    line = f"{time.strftime('%H:%M:%S')} {msg}"
    print(line, flush=True)
    for f in files:
        with open(f, "a") as fh:
            fh.write(line + "\n")


def pages_of(docs):
    out = []
    for d in docs:
        for p in d["pages"]:
            if p["words"]:
                out.append((page_words(p), p["width"], p["height"], d["family"]))
    return out


class Sampler:
    """Random pages → augmented, ordered, featurised examples, bucketed by length into batches."""

    def __init__(self, pages, seed, featurizer, p_ocr=0.4, p_row_order=0.3, batch_tokens=3072):
        self.pages = pages
        self.rng = random.Random(seed)
        self.f = featurizer
        self.p_ocr = p_ocr
        self.p_row = p_row_order
        self.batch_tokens = batch_tokens
        self.queue = []

    def example(self, page):
        words, w, h, _ = page
        words, w, h = augment(words, w, h, self.rng, self.p_ocr)
        mode = "row" if self.rng.random() < self.p_row else "layout"
        ordered = order_page(words, w, h, mode)
        if len(ordered) > MAX_WORDS:
            start = self.rng.randint(0, len(ordered) - MAX_WORDS)
            ordered = ordered[start : start + MAX_WORDS]
        if not ordered:
            return None
        ids, boxes = self.f(ordered)
        return ids, boxes, np.array(bio_labels(ordered), dtype=np.int64)

    def refill(self, pool=96):
        exs = []
        while len(exs) < pool:
            e = self.example(self.pages[self.rng.randrange(len(self.pages))])
            if e is not None:
                exs.append(e)
        exs.sort(key=lambda e: len(e[0]))
        batches, cur = [], []
        for e in exs:
            if cur and (len(cur) + 1) * len(e[0]) > self.batch_tokens:
                batches.append(cur)
                cur = []
            cur.append(e)
        if cur:
            batches.append(cur)
        self.rng.shuffle(batches)
        self.queue.extend(batches)
        if len(self.f.cache) > 400000:
            self.f.cache.clear()

    def next(self):
        if not self.queue:
            self.refill()
        group = self.queue.pop()
        t = max(len(e[0]) for e in group)
        ids = np.zeros((len(group), t, 14), dtype=np.int32)
        boxes = np.zeros((len(group), t, 4), dtype=np.int32)
        labels = np.full((len(group), t), -100, dtype=np.int64)
        pad = np.ones((len(group), t), dtype=bool)
        for k, (a, b, c) in enumerate(group):
            n = len(a)
            ids[k, :n], boxes[k, :n], labels[k, :n], pad[k, :n] = a, b, c, False
        return (torch.from_numpy(ids), torch.from_numpy(boxes), torch.from_numpy(labels), torch.from_numpy(pad))


def eval_examples(pages, f, seed=None, noisy=False, limit=None, per_family=None):
    """Clean (or seeded-noisy) examples in layout order; optionally a family-balanced subset."""
    rng = random.Random(seed or 0)
    chosen = pages
    if per_family:
        counts, chosen = {}, []
        for p in pages:
            if counts.get(p[3], 0) < per_family:
                counts[p[3]] = counts.get(p[3], 0) + 1
                chosen.append(p)
    if limit:
        chosen = chosen[:limit]
    out = []
    for words, w, h, _ in chosen:
        if noisy:
            words, w, h = geometry(words, w, h, rng)
            words = ocr_noise(words, rng)
        ordered = order_page(words, w, h, "layout")
        if not ordered:
            continue
        ids, boxes = f(ordered)
        out.append((ids, boxes, np.array(bio_labels(ordered), dtype=np.int64)))
    return out


def label_weights(sampler, n=400):
    counts = np.ones(len(LABELS))
    rng_state = sampler.rng.getstate()
    for _ in range(n):
        e = sampler.example(sampler.pages[sampler.rng.randrange(len(sampler.pages))])
        if e is not None:
            np.add.at(counts, e[2], 1)
    sampler.rng.setstate(rng_state)
    w = np.minimum(3.0, (counts[0] / counts) ** 0.2)
    w[0] = 1.0
    return torch.tensor(w, dtype=torch.float32), counts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", nargs="+", required=True)
    ap.add_argument("--val", nargs="+", required=True)
    ap.add_argument("--unseen", nargs="*", default=[])
    ap.add_argument("--exclude-families", default="")
    ap.add_argument("--out", required=True)
    ap.add_argument("--steps", type=int, default=1500)
    ap.add_argument("--max-minutes", type=float, default=55)
    ap.add_argument("--stop-at", type=int, default=0, help="stop after this step (the schedule still spans --steps)")
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--warmup", type=int, default=150)
    ap.add_argument("--batch-tokens", type=int, default=3072)
    ap.add_argument("--eval-every", type=int, default=200)
    ap.add_argument("--p-ocr", type=float, default=0.4)
    ap.add_argument("--layers", type=int, default=3)
    ap.add_argument("--d-ff", type=int, default=384)
    ap.add_argument("--early-export", default="", help="write an early ONNX model here")
    ap.add_argument("--early-export-step", type=int, default=300)
    ap.add_argument("--select", choices=["unseen", "val"], default="unseen", help="checkpoint selection set")
    ap.add_argument("--status", default="/tmp/train-status.txt")
    args = ap.parse_args()

    torch.set_num_threads(1)
    torch.manual_seed(args.seed)
    np.random.seed(args.seed)
    os.makedirs(args.out, exist_ok=True)
    logs = [os.path.join(args.out, "log.txt"), args.status]
    t_start = time.time()

    exclude = {f for f in args.exclude_families.split(",") if f}
    train_docs = load_docs(args.train, exclude_families=exclude)
    val_docs = load_docs(args.val, exclude_families=exclude)
    unseen_docs = load_docs(args.unseen) if args.unseen else []
    train_pages, val_pages, unseen_pages = pages_of(train_docs), pages_of(val_docs), pages_of(unseen_docs)
    fam_counts = {}
    for d in train_docs:
        fam_counts[d["family"]] = fam_counts.get(d["family"], 0) + 1
    log(
        f"[{os.path.basename(args.out)}] data: train {len(train_docs)} docs/{len(train_pages)} pages "
        f"({len(fam_counts)} families), val {len(val_docs)}/{len(val_pages)}, unseen {len(unseen_docs)}/{len(unseen_pages)}",
        logs,
    )

    f = FastFeaturizer()
    sample = [order_page(p[0], p[1], p[2], "layout") for p in train_pages[:200]]
    assert check_parity(sample, f), "fast features differ from featurize.py"

    val_full = eval_examples(val_pages, f)
    val_noisy = eval_examples(val_pages, f, seed=7, noisy=True)
    unseen_full = eval_examples(unseen_pages, f) if unseen_pages else []
    val_small = val_full[:250]
    unseen_small = eval_examples(unseen_pages, f, per_family=60) if unseen_pages else []

    cfg = Config(n_labels=len(LABELS), layers=args.layers, d_ff=args.d_ff)
    model = FieldModel(cfg)
    log(f"model: {count_params(model)} parameters, config {cfg.to_dict()}", logs)

    sampler = Sampler(train_pages, args.seed, f, p_ocr=args.p_ocr, batch_tokens=args.batch_tokens)
    weights, counts = label_weights(sampler)
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2 and "words" not in n]
    no_decay = [p for n, p in model.named_parameters() if p.dim() < 2 or "words" in n]
    opt = torch.optim.AdamW(
        [{"params": decay, "weight_decay": 0.01}, {"params": no_decay, "weight_decay": 0.0}], lr=args.lr, betas=(0.9, 0.98)
    )

    def lr_at(step):
        if step < args.warmup:
            return args.lr * (step + 1) / args.warmup
        prog = (step - args.warmup) / max(1, args.steps - args.warmup)
        return args.lr * (0.03 + 0.97 * 0.5 * (1 + math.cos(math.pi * min(1.0, prog))))

    best, best_step, history = -1.0, -1, []
    select_on = "unseen" if unseen_small and args.select == "unseen" else "val"
    t_train = time.time()
    tokens, loss_acc, n_acc = 0, 0.0, 0
    step = 0
    for step in range(args.steps):
        model.train()
        for g in opt.param_groups:
            g["lr"] = lr_at(step)
        ids, boxes, labels, pad = sampler.next()
        logits = model(ids, boxes, pad)
        loss = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), labels.reshape(-1), weight=weights, ignore_index=-100)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        tokens += int((~pad).sum())
        loss_acc += float(loss)
        n_acc += 1
        if (step + 1) % 50 == 0:
            el = time.time() - t_train
            log(f"step {step + 1}/{args.steps} loss {loss_acc / n_acc:.4f} lr {lr_at(step):.2e} {el / (step + 1):.2f}s/step {tokens / el:.0f} tok/s", logs[:1])
            loss_acc, n_acc = 0.0, 0
        last = step + 1 == args.steps or step + 1 == args.stop_at
        over_time = (time.time() - t_start) / 60 > args.max_minutes
        if (step + 1) % args.eval_every == 0 or last or over_time:
            rv = evaluate(model, val_small)
            ru = evaluate(model, unseen_small) if unseen_small else None
            score = (ru if ru and args.select == "unseen" else rv)["headerMacroTokenF1"]
            entry = {
                "step": step + 1,
                "minutes": round((time.time() - t_start) / 60, 1),
                "val": {k: rv[k] for k in ("headerMacroTokenF1", "allMacroTokenF1", "microTokenF1")},
            }
            if ru:
                entry["unseen"] = {k: ru[k] for k in ("headerMacroTokenF1", "allMacroTokenF1", "microTokenF1")}
            history.append(entry)
            msg = f"[{os.path.basename(args.out)}] step {step + 1} val header/all {rv['headerMacroTokenF1']}/{rv['allMacroTokenF1']}"
            if ru:
                msg += f" unseen header/all {ru['headerMacroTokenF1']}/{ru['allMacroTokenF1']}"
            if score > best:
                best, best_step = score, step + 1
                torch.save({"config": cfg.to_dict(), "state": model.state_dict(), "step": step + 1}, os.path.join(args.out, "best.pt"))
                msg += " (best)"
            log(msg, logs)
        if args.early_export and step + 1 == args.early_export_step:
            from export import export_model

            info = export_model(model, args.early_export, quant="int8", check_examples=val_small[:20])
            log(f"early export at step {step + 1}: {args.early_export} {info['bytes']} bytes, max |Δ| {info['maxDiff']:.2e}", logs)
        if over_time:
            log(f"stopping at step {step + 1}: time budget of {args.max_minutes} min reached", logs)
            break
        if last:
            break
    train_minutes = (time.time() - t_train) / 60
    torch.save({"config": cfg.to_dict(), "state": model.state_dict(), "step": step + 1}, os.path.join(args.out, "last.pt"))

    ckpt = torch.load(os.path.join(args.out, "best.pt"))
    model.load_state_dict(ckpt["state"])
    log(f"final evaluation of best checkpoint (step {best_step}, selected on {select_on})", logs)
    results = {
        "bestStep": best_step,
        "selectedOn": select_on,
        "steps": step + 1,
        "trainMinutes": round(train_minutes, 1),
        "totalMinutes": round((time.time() - t_start) / 60, 1),
        "tokensSeen": tokens,
        "parameters": count_params(model),
        "config": cfg.to_dict(),
        "args": vars(args),
        "trainDocs": len(train_docs),
        "trainPages": len(train_pages),
        "trainFamilies": fam_counts,
        "labelWeights": dict(zip(LABELS, [round(float(x), 3) for x in weights])),
        "history": history,
        "val": evaluate(model, val_full),
        "valOcrNoise": evaluate(model, val_noisy),
    }
    if unseen_full:
        results["unseen"] = evaluate(model, unseen_full)
        results["unseenFamilies"] = sorted({d["family"] for d in unseen_docs})
    results["valDocs"], results["valPages"] = len(val_docs), len(val_pages)
    results["unseenDocs"], results["unseenPages"] = len(unseen_docs), len(unseen_pages)
    with open(os.path.join(args.out, "results.json"), "w") as fh:
        json.dump(results, fh, indent=1)
    msg = f"[{os.path.basename(args.out)}] done: val header {results['val']['headerMacroTokenF1']} all {results['val']['allMacroTokenF1']}; noisy header {results['valOcrNoise']['headerMacroTokenF1']}"
    if unseen_full:
        msg += f"; unseen header {results['unseen']['headerMacroTokenF1']} all {results['unseen']['allMacroTokenF1']}"
    log(msg + f"; {train_minutes:.1f} min training", logs)


if __name__ == "__main__":
    main()
