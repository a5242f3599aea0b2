"""Export a checkpoint to ONNX (opset 17) and shrink its weights.

/usr/bin/python3 models/training/export.py --ckpt RUN/best.pt --out models/field-model.onnx [--quant int8|fp16|none]

Inputs `ids` int32 [1,T,14] and `boxes` int32 [1,T,4], output `logits` float32 [1,T,L], T dynamic.
int8: every large 2-D weight (embedding tables, MatMul weights) is stored as int8 with one scale per
row (per word / per output unit) and read back through DequantizeLinear; fp16: weights stored as
fp16 and Cast to float. Small tensors (biases, LayerNorm) stay float32.
"""
import argparse
import copy
import io
import os
import sys

import numpy as np
import onnx
import torch
from onnx import helper, numpy_helper, TensorProto

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model import Config, FieldModel  # noqa: E402

MIN_QUANT_ELEMENTS = 4096


def _export_fp32(model):
    m = copy.deepcopy(model).eval()
    for emb in (m.x, m.y, m.w, m.h):
        emb.fold()
    t = 7
    ids = torch.zeros((1, t, 14), dtype=torch.int32)
    boxes = torch.zeros((1, t, 4), dtype=torch.int32)
    buf = io.BytesIO()
    torch.onnx.export(
        m,
        (ids, boxes),
        buf,
        input_names=["ids", "boxes"],
        output_names=["logits"],
        dynamic_axes={"ids": {1: "T"}, "boxes": {1: "T"}, "logits": {1: "T"}},
        opset_version=17,
        do_constant_folding=True,
    )
    return onnx.load_from_string(buf.getvalue())


def _consumers(graph):
    uses = {}
    for node in graph.node:
        for k, name in enumerate(node.input):
            uses.setdefault(name, []).append((node, k))
    return uses


def constants_to_initializers(proto):
    """Constant nodes become initializers, so the op list holds only real kernels."""
    graph = proto.graph
    keep = []
    for node in graph.node:
        if node.op_type == "Constant" and len(node.attribute) == 1 and node.attribute[0].name == "value":
            t = onnx.TensorProto()
            t.CopyFrom(node.attribute[0].t)
            t.name = node.output[0]
            graph.initializer.append(t)
        else:
            keep.append(node)
    del graph.node[:]
    graph.node.extend(keep)
    return proto


def shrink(proto, quant):
    """Rewrite large float initializers as int8 + per-row DequantizeLinear, or fp16 + Cast."""
    proto = constants_to_initializers(proto)
    if quant == "none":
        return proto
    graph = proto.graph
    uses = _consumers(graph)
    new_inits, new_nodes = [], []
    for init in list(graph.initializer):
        w = numpy_helper.to_array(init)
        if w.dtype != np.float32 or w.ndim != 2 or w.size < MIN_QUANT_ELEMENTS:
            continue
        users = uses.get(init.name, [])
        if not users:
            continue
        name = init.name
        graph.initializer.remove(init)
        if quant == "fp16":
            new_inits.append(numpy_helper.from_array(w.astype(np.float16), name + "_fp16"))
            new_nodes.append(helper.make_node("Cast", [name + "_fp16"], [name], to=TensorProto.FLOAT, name=name + "_cast"))
            continue
        # A MatMul weight [in, out]: one scale per output unit; anything else (Gather tables, the
        # sliced word-order table): one per row.
        matmul = all(n.op_type == "MatMul" and k == 1 for n, k in users)
        axis = 1 if matmul else 0
        absmax = np.abs(w).max(axis=1 - axis)
        scale = np.where(absmax > 0, absmax / 127.0, 1.0).astype(np.float32)
        q = np.clip(np.round(w / (scale[:, None] if axis == 0 else scale[None, :])), -127, 127).astype(np.int8)
        new_inits += [
            numpy_helper.from_array(q, name + "_q"),
            numpy_helper.from_array(scale, name + "_scale"),
            numpy_helper.from_array(np.zeros_like(scale, dtype=np.int8), name + "_zero"),
        ]
        new_nodes.append(
            helper.make_node("DequantizeLinear", [name + "_q", name + "_scale", name + "_zero"], [name], axis=axis, name=name + "_dq")
        )
    graph.initializer.extend(new_inits)
    # Dequantize/Cast nodes first, so the node list stays topologically sorted.
    nodes = new_nodes + list(graph.node)
    del graph.node[:]
    graph.node.extend(nodes)
    onnx.checker.check_model(proto)
    return proto


def dequantized_state(model, quant):
    """The torch model with the same rounding the ONNX file stores (to measure F1 after shrinking)."""
    m = copy.deepcopy(model).eval()
    for emb in (m.x, m.y, m.w, m.h):
        emb.fold()
    with torch.no_grad():
        for name, p in m.named_parameters():
            if p.dim() != 2 or p.numel() < MIN_QUANT_ELEMENTS:
                continue
            w = p.detach().numpy()
            if quant == "fp16":
                p.copy_(torch.from_numpy(w.astype(np.float16).astype(np.float32)))
                continue
            # nn.Linear weight [out, in] is exported transposed: per output unit = per row here.
            absmax = np.abs(w).max(axis=1)
            scale = np.where(absmax > 0, absmax / 127.0, 1.0).astype(np.float32)
            q = np.clip(np.round(w / scale[:, None]), -127, 127)
            p.copy_(torch.from_numpy((q * scale[:, None]).astype(np.float32)))
    return m


def op_types(proto):
    return sorted({n.op_type for n in proto.graph.node})


def int64_ops(proto):
    """Nodes doing arithmetic on int64 values (shape bookkeeping excluded)."""
    inferred = onnx.shape_inference.infer_shapes(proto)
    types = {v.name: v.type.tensor_type.elem_type for v in list(inferred.graph.value_info) + list(inferred.graph.input)}
    for init in inferred.graph.initializer:
        types[init.name] = init.data_type
    arith = {"Add", "Sub", "Mul", "Div", "MatMul", "Gemm", "Range", "CumSum"}
    return [n.name for n in inferred.graph.node if n.op_type in arith and any(types.get(i) == TensorProto.INT64 for i in n.input)]


def _has_reference():
    try:
        import onnx.reference  # noqa: F401  (onnx >= 1.13)
    except ImportError:
        return False
    return True


def run_onnx_numpy(path_or_proto):
    """A numpy runner via onnx's reference evaluator when onnxruntime is missing (slow; checks only)."""
    from onnx.reference import ReferenceEvaluator

    sess = ReferenceEvaluator(path_or_proto)

    def run(ids, boxes):
        return sess.run(None, {"ids": ids[None].astype(np.int32), "boxes": boxes[None].astype(np.int32)})[0][0]

    return run


def export_model(model, path, quant="int8", check_examples=()):
    proto = shrink(_export_fp32(model), quant)
    proto.producer_name = "invoice-capture field model"
    onnx.save(proto, path)
    max_diff = 0.0
    ref = dequantized_state(model, quant if quant != "none" else "fp16") if quant != "none" else copy.deepcopy(model).eval()
    if check_examples and _has_reference():
        run = run_onnx_numpy(path)
        for ids, boxes, _ in check_examples[:3]:
            with torch.no_grad():
                want = ref(torch.from_numpy(ids)[None], torch.from_numpy(boxes)[None])[0].numpy()
            got = run(ids, boxes)
            max_diff = max(max_diff, float(np.abs(got - want).max()))
    return {"bytes": os.path.getsize(path), "maxDiff": max_diff, "ops": op_types(proto)}


def compare_formats(model, docs_dir):
    """Same-distribution F1 of the float model and of the int8 / fp16 rounded weights."""
    from data import FastFeaturizer, bio_labels, load_docs, page_words
    from evaluate import evaluate
    from reading_order import order_page

    f = FastFeaturizer()
    examples = []
    for doc in load_docs([docs_dir]):
        for page in doc["pages"]:
            ordered = order_page(page_words(page), page["width"], page["height"])
            if ordered:
                ids, boxes = f(ordered)
                examples.append((ids, boxes, np.array(bio_labels(ordered))))
    keys = ("headerMacroTokenF1", "allMacroTokenF1", "microTokenF1")
    out = {}
    for name, m in (("fp32", model), ("int8", dequantized_state(model, "int8")), ("fp16", dequantized_state(model, "fp16"))):
        r = evaluate(m, examples)
        out[name] = {k: r[k] for k in keys}
    return out


def load_checkpoint(path):
    ckpt = torch.load(path)
    model = FieldModel(Config(**ckpt["config"]))
    model.load_state_dict(ckpt["state"])
    return model.eval(), ckpt


def write_cases(model, quant, docs_dir, path, pages=40):
    """Windows of generator pages with the torch logits, for check_onnx.mjs (onnxruntime-node)."""
    import json

    from data import FastFeaturizer, load_docs, page_words
    from reading_order import order_page

    ref = dequantized_state(model, quant) if quant != "none" else copy.deepcopy(model).eval()
    fp32 = copy.deepcopy(model).eval()
    f = FastFeaturizer()
    cases = []
    for doc in load_docs([docs_dir]):
        for page in doc["pages"]:
            ordered = order_page(page_words(page), page["width"], page["height"])[:512]
            if not ordered:
                continue
            ids, boxes = f(ordered)
            with torch.no_grad():
                want = ref(torch.from_numpy(ids)[None], torch.from_numpy(boxes)[None])[0].numpy()
                labels = fp32(torch.from_numpy(ids)[None], torch.from_numpy(boxes)[None])[0].argmax(-1).numpy()
            cases.append(
                {"id": doc["id"], "ids": ids.tolist(), "boxes": boxes.tolist(), "logits": want.round(5).tolist(), "labelsFp32": labels.tolist()}
            )
            if len(cases) >= pages:
                break
        if len(cases) >= pages:
            break
    with open(path, "w") as fh:
        json.dump(cases, fh)
    return len(cases)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--quant", default="auto", choices=["auto", "int8", "fp16", "none"])
    ap.add_argument("--eval-dir", help="generator output dir: F1 before and after shrinking (needed by auto)")
    ap.add_argument("--info", help="write export facts (size, ops, F1 per weight format) here as JSON")
    ap.add_argument("--cases-from", help="generator output dir: write check cases for check_onnx.mjs")
    ap.add_argument("--cases", help="where to write those cases (JSON)")
    args = ap.parse_args()
    torch.set_num_threads(1)
    model, ckpt = load_checkpoint(args.ckpt)
    facts = {"checkpointStep": ckpt["step"]}
    quant = args.quant
    if args.eval_dir:
        facts["f1ByWeightFormat"] = compare_formats(model, args.eval_dir)
        for k, v in facts["f1ByWeightFormat"].items():
            print(f"{k}: header {v['headerMacroTokenF1']} all {v['allMacroTokenF1']} micro {v['microTokenF1']}")
    if quant == "auto":
        # The smallest format that loses at most 0.5 F1 points (macro over all fields and header fields).
        quant = "fp16"
        if "f1ByWeightFormat" in facts:
            ref, q = facts["f1ByWeightFormat"]["fp32"], facts["f1ByWeightFormat"]["int8"]
            if all(ref[k] - q[k] <= 0.005 for k in ("headerMacroTokenF1", "allMacroTokenF1")):
                quant = "int8"
    info = export_model(model, args.out, quant)
    bad = int64_ops(onnx.load(args.out))
    facts.update({"weights": quant, "bytes": info["bytes"], "ops": info["ops"], "int64ArithmeticNodes": bad})
    print(f"{args.out}: {quant}, {info['bytes']} bytes, step {ckpt['step']}, ops {' '.join(info['ops'])}")
    print("int64 arithmetic nodes:", bad or "none")
    if args.cases_from and args.cases:
        n = write_cases(model, quant, args.cases_from, args.cases)
        print(f"{n} check cases in {args.cases}")
    if args.info:
        import json

        with open(args.info, "w") as fh:
            json.dump(facts, fh, indent=1)


if __name__ == "__main__":
    main()
