"""The field model: hashed word features + 2D box embeddings → pre-LayerNorm transformer → BIO logits.

Inputs follow models/FEATURES.md: `ids` int32 [B, T, 14] (hashed ids < 32768) and `boxes` int32
[B, T, 4] (x0, y0, x1, y1 in 0..1000). Every lookup is a Gather on int32 indices and the only
integer arithmetic is one int32 Sub (width, height), so the ONNX graph needs no int64 maths.
"""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

VOCAB = 32768
SLOTS = 14
COORDS = 1001
MAX_WORDS = 512


class Config:
    def __init__(self, **kw):
        self.n_labels = kw.get("n_labels", 55)
        self.d_emb = kw.get("d_emb", 64)
        self.d_pos = kw.get("d_pos", 32)
        self.d_model = kw.get("d_model", 128)
        self.layers = kw.get("layers", 4)
        self.heads = kw.get("heads", 4)
        self.d_ff = kw.get("d_ff", 384)
        self.dropout = kw.get("dropout", 0.1)
        self.slot_dropout = kw.get("slot_dropout", 0.1)

    def to_dict(self):
        return dict(self.__dict__)


class CoordEmbedding(nn.Module):
    """A 1001-row table, trained as coarse (every 10) + fine rows so nearby values share signal."""

    def __init__(self, dim):
        super().__init__()
        self.coarse = nn.Embedding(COORDS // 10 + 1, dim)
        self.fine = nn.Embedding(COORDS, dim)
        nn.init.normal_(self.coarse.weight, std=0.02)
        nn.init.normal_(self.fine.weight, std=0.005)
        self.register_buffer("coarse_index", torch.arange(COORDS) // 10, persistent=False)
        self.folded = None

    def table(self):
        return self.coarse.weight[self.coarse_index] + self.fine.weight

    def forward(self, v):
        # The export folds the table first, so the graph holds one initializer and one Gather.
        return F.embedding(v, self.folded if self.folded is not None else self.table())

    def fold(self):
        self.folded = nn.Parameter(self.table().detach().clone(), requires_grad=False)


class Attention(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.heads = cfg.heads
        self.dh = cfg.d_model // cfg.heads
        self.qkv = nn.Linear(cfg.d_model, 3 * cfg.d_model)
        self.out = nn.Linear(cfg.d_model, cfg.d_model)

    def forward(self, x, bias):
        b, t, d = x.shape
        q, k, v = self.qkv(x).split(d, dim=-1)
        q = q.reshape(b, t, self.heads, self.dh).transpose(1, 2)
        k = k.reshape(b, t, self.heads, self.dh).transpose(1, 2)
        v = v.reshape(b, t, self.heads, self.dh).transpose(1, 2)
        scores = torch.matmul(q, k.transpose(-1, -2)) * (1.0 / math.sqrt(self.dh))
        if bias is not None:
            scores = scores + bias
        # No dropout on attention weights: on one CPU thread its mask costs a quarter of a step.
        att = torch.softmax(scores, dim=-1)
        y = torch.matmul(att, v).transpose(1, 2).reshape(b, t, d)
        return self.out(y)


class Block(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.ln1 = nn.LayerNorm(cfg.d_model)
        self.att = Attention(cfg)
        self.ln2 = nn.LayerNorm(cfg.d_model)
        self.ff1 = nn.Linear(cfg.d_model, cfg.d_ff)
        self.ff2 = nn.Linear(cfg.d_ff, cfg.d_model)
        self.drop = nn.Dropout(cfg.dropout)

    def forward(self, x, bias):
        x = x + self.drop(self.att(self.ln1(x), bias))
        x = x + self.drop(self.ff2(F.gelu(self.ff1(self.ln2(x)))))
        return x


class FieldModel(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        self.words = nn.Embedding(VOCAB, cfg.d_emb)
        nn.init.normal_(self.words.weight, std=0.05)
        self.x = CoordEmbedding(cfg.d_pos)
        self.y = CoordEmbedding(cfg.d_pos)
        self.w = CoordEmbedding(cfg.d_pos)
        self.h = CoordEmbedding(cfg.d_pos)
        self.proj = nn.Linear(SLOTS * cfg.d_emb + 6 * cfg.d_pos, cfg.d_model)
        self.order = nn.Embedding(MAX_WORDS, cfg.d_model)
        nn.init.normal_(self.order.weight, std=0.02)
        self.ln_in = nn.LayerNorm(cfg.d_model)
        self.drop = nn.Dropout(cfg.dropout)
        self.blocks = nn.ModuleList(Block(cfg) for _ in range(cfg.layers))
        self.ln_out = nn.LayerNorm(cfg.d_model)
        self.head = nn.Linear(cfg.d_model, cfg.n_labels)

    def forward(self, ids, boxes, pad=None):
        """ids int32 [B,T,14], boxes int32 [B,T,4], pad bool [B,T] (True = padding; training only)."""
        b, t, _ = ids.shape
        feats = self.words(ids)
        if self.training and self.cfg.slot_dropout > 0:
            # Whole feature slots dropped per word, so no single slot (the word itself) is relied on.
            keep = (torch.rand(b, t, SLOTS, 1) >= self.cfg.slot_dropout).to(feats.dtype)
            feats = feats * keep
        feats = feats.reshape(b, t, SLOTS * self.cfg.d_emb)
        x0, y0, x1, y1 = boxes.unbind(-1)
        pos = torch.cat([self.x(x0), self.x(x1), self.y(y0), self.y(y1), self.w(x1 - x0), self.h(y1 - y0)], dim=-1)
        x = self.proj(torch.cat([feats, pos], dim=-1)) + self.order.weight[:t].unsqueeze(0)
        x = self.drop(self.ln_in(x))
        bias = None
        if pad is not None:
            bias = (pad.to(x.dtype) * -1e4)[:, None, None, :]
        for block in self.blocks:
            x = block(x, bias)
        return self.head(self.ln_out(x))


def count_params(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)
