# SPDX-License-Identifier: GPL-3.0-or-later
"""Organisations of the shapes users bring, written as .orgdesign files:
random fan-out trees with long leaf lists stacked under parents at
different depths, many departments of many units, one manager with
thousands of direct reports, deep chains.  Deterministic for a seed."""
import random
from xml.sax.saxutils import quoteattr

KINDS = ("executive", "front", "back", "support")
SYLLABLES = "华东华南华北西南销售市场供应采购物流财务人事客服渠道品牌研发生产质量信息"


def _name(rng, i):
    n = rng.randint(2, 6)
    stem = "".join(rng.choice(SYLLABLES) for _ in range(n))
    return f"{stem}{i}部"


def random_tree(n, seed, max_depth=8):
    """[(parent_index or -1)] in document order: fan-out 2–12 up to
    @max_depth levels, and some parents get a long list of leaves."""
    rng = random.Random(seed)
    children = {0: []}
    depth = {0: 0}
    count = 1
    frontier = [0]
    while count < n and frontier:
        nxt = []
        for p in frontier:
            fan = rng.randint(2, 12)
            if rng.random() < 0.15:
                fan = rng.randint(20, 60)   # a long leaf list
            for _ in range(fan):
                if count >= n:
                    break
                c = count
                count += 1
                children.setdefault(p, []).append(c)
                children[c] = []
                depth[c] = depth[p] + 1
                if depth[c] < max_depth - 1 and rng.random() < 0.35:
                    nxt.append(c)
        frontier = nxt or ([p for p in depth if depth[p] < max_depth - 1 and len(children[p]) < 12][:50] if count < n else [])
    return children


def departments(n_dep, per_dep):
    children = {0: []}
    i = 1
    for _ in range(n_dep):
        d = i
        i += 1
        children[0].append(d)
        children[d] = []
        for _ in range(per_dep):
            children[d].append(i)
            children[i] = []
            i += 1
    return children


def wide(n_reports):
    return {0: list(range(1, n_reports + 1)), **{i: [] for i in range(1, n_reports + 1)}}


def chain(depth):
    c = {i: [i + 1] for i in range(depth - 1)}
    c[depth - 1] = []
    return c


SHAPES = {
    "random1000": lambda seed: random_tree(1000, seed),
    "random2000": lambda seed: random_tree(2000, seed),
    "random10000": lambda seed: random_tree(10000, seed),
    "dept50x200": lambda seed: departments(50, 200),
    "wide300": lambda seed: wide(300),
    "chain60": lambda seed: chain(60),
    "wide10000": lambda seed: wide(10000),
}


def write(path, children, seed=1, lang="zh-CN"):
    """Writes the tree as an .orgdesign file; returns the names by index."""
    rng = random.Random(seed * 7919)
    names = {}
    out = [f'<?xml version="1.0" encoding="UTF-8"?>\n<organisation xmlns="urn:org-designer:1" version="1" '
           f'name="测试集团" size="large" lang="{lang}">\n']

    def emit(i, depth):
        names[i] = "集团总部" if i == 0 else _name(rng, i)
        kind = "executive" if i == 0 else KINDS[1 + (i % 3)]
        attrs = f'id="u{i}" name={quoteattr(names[i])} kind="{kind}"'
        if rng.random() < 0.3:
            attrs += f' headcount="{rng.randint(1, 40)}"'
        kids = children.get(i, [])
        if not kids:
            out.append(f'<unit {attrs}/>\n')
            return
        out.append(f'<unit {attrs}>\n')
        stack.append((i, 0))

    # Iterative pre-order so deep chains need no recursion.
    stack = []
    emit(0, 0)
    while stack:
        i, k = stack.pop()
        kids = children.get(i, [])
        if k < len(kids):
            stack.append((i, k + 1))
            emit(kids[k], 0)
        else:
            out.append('</unit>\n')
    out.append('</organisation>\n')
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))
    return names
