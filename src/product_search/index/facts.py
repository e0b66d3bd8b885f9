"""FactIndex: what each description says about its product, beside the BM25 scores.

For every product the index keeps its **type** (:mod:`..text.type_phrases`) and its **identifiers**
(:mod:`..text.identifiers`) with two properties BM25 cannot express:

* the *role*: an identifier in the product's own words ("Hex bolt M8x40") or in what it fits or
  comes with ("Flat washer for M8 bolts", "Battery for DHP482");
* the *family*: ``M8x40`` is in family ``M8``, ``DCD633Z`` in ``DCD633``, so a query for ``M8`` or
  ``DCD633`` finds them as partial matches, below exact ones.

Facts are tokens such as ``own|#part:dcd633z``, ``acc|#dimension:m8`` or ``own|#dimension~m8`` (a
member of family m8), stored as a token x product incidence matrix (CSC, rows sorted) like the BM25
scores. A query's facts (:class:`QueryFacts`, read by :class:`.QueryReader`) then give each product a few
numbers and flags (:class:`FactMatch`), which :func:`.ranking.order` uses.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from ..text import analysis, model_codes, quantities
from ..text.identifiers import Identifier
from ..text.product_types import TypeTable, abbreviates
from . import ragged
from .descriptions import FITS, WITH, read_description
from .query_facts import QueryFacts
from .term_table import TermTable

EXACT, PARTIAL = 1.0, 0.5  # an exact identifier hit; a hit on its family only
ACCESSORY = 0.5  # an attribute named in what the product fits counts half (a washer "for M8 bolts" is M8)
# A strong identifier names products when at most this many (or this share of the catalog) hold it.
NAMES_MAX, NAMES_SHARE = 5, 0.002


@dataclass(frozen=True)
class FactMatch:
    """A query's facts against products (one entry per row asked for)."""

    strong_own: npt.NDArray[np.float32]  # the query's part numbers and barcodes it has: 1 exact, 0.5 family
    strong_accessory: npt.NDArray[np.float32]  # the same, named only in what the product fits
    standard: npt.NDArray[np.float32]  # the query's standards it follows (DIN 933)
    attributes: npt.NDArray[np.float32]  # the query's sizes, quantities and shared codes (A2-70) it has
    kind: npt.NDArray[np.bool_]  # of a product type the query names
    extension: npt.NDArray[np.bool_]  # of a type whose name extends a named one (its accessories)
    fits: npt.NDArray[np.bool_]  # made for a named type: "Washer for M6 bolts" when the query names bolts
    comes_with: npt.NDArray[np.bool_]  # comes with a named type: "Hole saw arbor with pilot drill" for drills
    # What a named type's products are made for: the claw hammer when the query names "hammer handle" (the
    # handles are "for claw hammers"); the model finds it alike, being asked for the accessory of it.
    fitted: npt.NDArray[np.bool_]
    # What the query says the asked-for thing is for: the staple gun of "staples for tacwise staple gun".
    target: npt.NDArray[np.bool_]


def _lookups(ident: Identifier) -> tuple[list[str], list[str]]:
    """Fact tokens (without role) of an exact hit and of a family hit for a query identifier."""
    if ident.model_of:  # "796" after "dewalt": the codes of DeWalt's products whose model number it is
        return [], [model_codes.key(ident.model_of, ident.value)]
    exact = [ident.key]
    partial = [f"#{ident.kind}~{ident.value}"]  # the product is in the family the query names
    if ident.kind == "dimension" and not ident.families:
        # A size asked alone is each member's own: "8mm" is the diameter of "8 x 110 mm" (its first
        # dimension), "M8" the thread of "M8x40", "25mm" inside "20-32 mm"; only codes' families are partial.
        # Its nominal size in the other system is a partial one: "9 inch" asks for the 230 mm grinder and disc.
        others = [f"#{ident.kind}{mark}{size}" for size in quantities.nominal(ident.value) for mark in (":", "~")]
        exact, partial = [*exact, *partial], others
    for family, key in zip(ident.families, ident.family_keys, strict=True):
        partial += [f"#{ident.kind}:{family}", key]  # the product is the query's family, or a sibling
    return exact, partial


def _postings(
    tokens: npt.NDArray[np.int32],
    offsets: npt.NDArray[np.int64],
    type_of: npt.NDArray[np.int32],
    *,
    terms: int,
    kinds: int,
) -> dict[str, npt.NDArray[Any]]:
    """The rows of each fact token and of each product type (ascending), with their ``indptr`` offsets."""
    rows = np.repeat(np.arange(len(offsets) - 1, dtype=np.int32), np.diff(offsets))
    fact_indptr = np.zeros(terms + 1, dtype=np.int64)
    np.cumsum(np.bincount(tokens, minlength=terms), out=fact_indptr[1:])
    typed = np.flatnonzero(type_of >= 0)
    type_indptr = np.zeros(kinds + 1, dtype=np.int64)
    np.cumsum(np.bincount(type_of[typed], minlength=kinds), out=type_indptr[1:])
    return {
        "fact_rows": rows[np.lexsort((rows, tokens))],
        "fact_indptr": fact_indptr,
        "type_rows": typed[np.argsort(type_of[typed], kind="stable")].astype(np.int32),
        "type_indptr": type_indptr,
    }


class MadeFor:
    """Which product types are made for which words and types, from the index's ``fit|`` facts ("Guide rail for
    plunge saws": guide rails are made for "plung" and "saw", so for plunge saws). Computed once per word and
    index: a query names a few words, each asked of every candidate type."""

    def __init__(
        self, column: Callable[[str], npt.NDArray[np.int32]], type_of: npt.NDArray[np.int32], types: TypeTable
    ):
        self.column = column
        self._type_of = type_of
        self._types = types
        self._by_word: dict[str, frozenset[int]] = {}
        self._targets: dict[int, frozenset[int]] | None = None

    def types_for(self, word: str) -> frozenset[int]:
        """The types of the products made for ``word``."""
        held = self._by_word.get(word)
        if held is None:
            held = frozenset()  # most words: nothing is made for them
            if len(rows := self.column(f"{FITS}{word}")):
                types = self._type_of[rows]
                held = frozenset(np.unique(types[types >= 0]).tolist())
            self._by_word[word] = held
        return held

    def count(self, t: int, words: frozenset[str]) -> int:
        """How many of ``words`` some product of type ``t`` is made for ("for cordless drills": 2 of
        cordless, drill, battery)."""
        return sum(t in self.types_for(w) for w in words)

    def targets(self, named: Sequence[int]) -> frozenset[int]:
        """The types with a head some product of a ``named`` type is made for ("hammer" of "Hammer handle ...
        for claw hammers"); each type's targets found in one pass over the heads, once per index."""
        if self._targets is None:
            targets: dict[int, set[int]] = {}
            for head, headed in self._types.by_head().items():
                for t in self.types_for(head):
                    targets.setdefault(t, set()).update(headed)
            self._targets = {t: frozenset(held) for t, held in targets.items()}
        return frozenset().union(*(self._targets.get(n, ()) for n in named))


class FactRows:
    """A :class:`FactIndex`'s rows as they are read, packed at once (token ids in arrays, type phrases numbered):
    a build over a whole catalog holds no Python list per product."""

    def __init__(self, vocab: Mapping[str, int] | None, types: TypeTable | None) -> None:
        self._base: Mapping[str, int] = {} if vocab is None else vocab
        self._added: dict[str, int] = {}
        self._types = TypeTable() if types is None else types
        self._flat, self._ends, self._type_of = array("i"), array("q", [0]), array("i")

    def add(self, tokens: Sequence[str] | Sequence[int], phrase: Any) -> None:
        """One row: its fact tokens (or their ids in ``vocab``) and its type phrase (or type id; None: none)."""
        base, added = self._base, self._added
        for token in tokens:
            if isinstance(token, str):
                found = base.get(token)
                self._flat.append(found if found is not None else added.setdefault(token, len(base) + len(added)))
            else:
                self._flat.append(int(token))
        self._ends.append(len(self._flat))
        self._type_of.append(phrase if isinstance(phrase, int) else self._types.id_of(phrase))

    def index(self) -> FactIndex:
        base = self._base
        merged = TermTable.of(base).plus(self._added) if isinstance(base, TermTable) else {**base, **self._added}
        return FactIndex(
            np.frombuffer(self._flat, dtype=np.int32).copy(),
            np.frombuffer(self._ends, dtype=np.int64).copy(),
            merged,
            self._types,
            np.frombuffer(self._type_of, dtype=np.int32).copy(),
        )


class FactIndex:
    """Fact tokens and types of one catalog's products, rows in the lexical index's order.

    ``tokens``/``offsets``: each row's fact token ids (kept so an update re-reads only changed texts);
    ``type_of``: each row's type id in ``types`` (-1: none found); ``usable``, ``in_full``, ``of_products``:
    which types a query may name, and how (:func:`.type_naming.named`), from how many products have each.
    """

    def __init__(
        self,
        tokens: npt.NDArray[np.int32],
        offsets: npt.NDArray[np.int64],
        vocab: Mapping[str, int],
        types: TypeTable,
        type_of: npt.NDArray[np.int32],
        *,
        postings: dict[str, npt.NDArray[Any]] | None = None,
    ) -> None:
        self.tokens, self.offsets, self.vocab = tokens, offsets, TermTable.of(vocab)
        self.types, self.type_of = types, type_of
        self.size = len(offsets) - 1
        if postings is None:  # built here; a loaded index maps them from its file
            postings = _postings(tokens, offsets, type_of, terms=len(vocab), kinds=len(types.phrases))
        self._rows = postings["fact_rows"]  # per token, its rows ascending
        self._indptr = postings["fact_indptr"]
        self._type_rows = postings["type_rows"]
        self._type_indptr = postings["type_indptr"]
        self.made_for = MadeFor(self.column, type_of, types)
        self._abbreviations: dict[str, frozenset[str]] = {}  # head -> stems of its unambiguous abbreviations
        counts, measured = np.diff(self._type_indptr).tolist(), self._measured()
        types.read_heads(counts)
        self.usable = types.usable(
            counts, lambda head: f"{FITS}{head}" in self.vocab, measured, self.made_for.types_for
        )
        self.in_full = types.named_in_full(counts, measured)
        self.of_products = types.of_products(counts, measured)

    def _measured(self, sample: int = 2048) -> float:
        """The share of products that state a size, weight or rating of their own, from an even sample of rows."""
        if not self.size:
            return 0.0
        is_size = np.zeros(len(self.vocab), np.bool_)
        is_size[self.vocab.with_prefix("own|#dimension")] = True
        rows = np.unique(np.linspace(0, self.size - 1, min(self.size, sample)).astype(np.int64))
        # The sampled rows' tokens gathered at once (one np.isin per row was 6 % of an upload's time at 4,000
        # products): each row states a size where its slice of the flags holds one.
        tokens, offsets = ragged.take((self.tokens, self.offsets), rows)
        hits = np.concatenate([[0], np.cumsum(is_size[tokens])])
        return int(np.count_nonzero(hits[offsets[1:]] > hits[offsets[:-1]])) / len(rows)

    @classmethod
    def build(
        cls, texts: Iterable[str], vocab: dict[str, int] | None = None, types: TypeTable | None = None
    ) -> FactIndex:
        return cls.from_rows([read_description(t)[1] for t in texts], vocab, types)

    @classmethod
    def from_rows(
        cls,
        rows: Iterable[tuple[Sequence[str] | Sequence[int], Any]],
        vocab: Mapping[str, int] | None,
        types: TypeTable | None,
    ) -> FactIndex:
        """From per-row (fact tokens or token ids, type phrase or type id) pairs; token ids refer to ``vocab``,
        which new tokens extend (it is left as it is)."""
        built = FactRows(vocab, types)
        for toks, phrase in rows:
            built.add(toks, phrase)
        return built.index()

    @property
    def memory_bytes(self) -> int:
        arrays = (self.tokens, self.offsets, self.type_of, self._rows, self._indptr, self._type_rows)
        return sum(a.nbytes for a in arrays) + self.vocab.nbytes

    def column(self, token: str) -> npt.NDArray[np.int32]:
        t = self.vocab.get(token)
        if t is None:
            return np.zeros(0, dtype=np.int32)
        return self._rows[self._indptr[t] : self._indptr[t + 1]]

    def known(self, key: str) -> bool:
        """Whether any product has this identifier or family key, in either role."""
        return f"own|{key}" in self.vocab or f"acc|{key}" in self.vocab

    def match(self, facts: QueryFacts, rows: npt.NDArray[np.int64] | None = None, *, types: bool = True) -> FactMatch:
        """Each product's match (``rows``: only these rows, in this order; None: every row);
        ``types``: whether to mark the products of the named types."""
        size = self.size if rows is None else len(rows)

        def levels(ident: Identifier, role: str) -> npt.NDArray[np.float32]:
            exact, partial = _lookups(ident)
            out = np.zeros(size, np.float32)
            for keys, level in ((partial, PARTIAL), (exact, EXACT)):
                for key in keys:
                    self._mark(out, self.column(f"{role}|{key}"), level, rows)
            return out

        def held(ident: Identifier) -> bool:  # by any product, in any role: else it changes no row
            exact, partial = _lookups(ident)
            return any(f"{role}|{key}" in self.vocab for key in (*exact, *partial) for role in ("own", "acc"))

        strong_own = np.zeros(size, np.float32)
        strong_acc = np.zeros(size, np.float32)
        standard = np.zeros(size, np.float32)
        attributes = np.zeros(size, np.float32)
        kind = np.zeros(size, np.bool_)
        for ident in [i for i in {i.key: i for i in facts.strong}.values() if held(i)]:
            own, acc = levels(ident, "own"), levels(ident, "acc")
            if ident.kind == "standard":
                standard += np.maximum(own, acc)
            elif self.names_products(ident):
                strong_own += own
                strong_acc += acc
            else:  # a code many products share (a steel grade, a series) describes them, like a size
                attributes += np.maximum(own, ACCESSORY * acc)
        for ident in [i for i in {i.key: i for i in facts.attributes}.values() if held(i)]:
            attributes += np.maximum(levels(ident, "own"), ACCESSORY * levels(ident, "acc"))
        extension = np.zeros(size, np.bool_)
        for marks, named in ((kind, [*facts.types, *facts.subtypes]), (extension, facts.extensions)):
            for t in named if types else ():
                self._mark(marks, self._type_rows[self._type_indptr[t] : self._type_indptr[t + 1]], True, rows)
        fits = np.zeros(size, np.bool_)
        heads = {h for t in facts.types for h in self.types.phrases[t].heads} if types else set()
        # What a product fits, as the catalog abbreviates it ("F/ BELT SNDR" fits a belt sander), where the
        # abbreviation stands for that head alone among the catalog's ("SCR": screw, screen or scraper: none).
        for head in {*heads, *self._abbreviated(heads)}:
            self._mark(fits, self.column(f"{FITS}{head}"), True, rows)
        fits &= ~kind  # a bolt "for M8 nuts" asked for as a bolt is a bolt
        comes_with = np.zeros(size, np.bool_)
        for head in heads:
            self._mark(comes_with, self.column(f"{WITH}{head}"), True, rows)
        comes_with &= ~kind
        fitted = self._fitted_by(facts.types if types else [], rows, size) & ~kind
        target = np.zeros(size, np.bool_)
        for t in facts.fitted_types if types else ():
            self._mark(target, self._type_rows[self._type_indptr[t] : self._type_indptr[t + 1]], True, rows)
        target &= ~kind
        return FactMatch(
            strong_own, strong_acc, standard, attributes, kind, extension, fits, comes_with, fitted, target
        )

    def _abbreviated(self, heads: set[str]) -> set[str]:
        """Stems of the catalog's abbreviations of ``heads`` that abbreviate no other head of its types."""
        out: set[str] = set()
        for head in heads:
            held = self._abbreviations.get(head)
            if held is None:  # once per head and index: every head of the catalog is asked
                shorts = [s for s in self.types.abbreviations(head) if self._abbreviates_only(s, head)]
                held = self._abbreviations[head] = frozenset(analysis.noun_stems(shorts))
            out |= held
        return out

    def _abbreviates_only(self, short: str, head: str) -> bool:
        return [h for h in self.types.by_head() if abbreviates(short, h)] == [head]

    def _fitted_by(self, named: Sequence[int], rows: npt.NDArray[np.int64] | None, size: int) -> npt.NDArray[np.bool_]:
        """The products (of ``rows``; every row where None) of a type with a head some product of a ``named``
        type is made for ("hammer" of "Hammer handle ... for claw hammers"). Only in a catalog of products: in
        articles every noun follows a "for" somewhere (SciFact train nDCG@10 -0.002 where it did)."""
        if not named or not self.of_products:
            return np.zeros(size, np.bool_)
        type_of = self.type_of if rows is None else self.type_of[rows]
        targets = self.made_for.targets(named)
        return np.isin(type_of, list(targets)) if targets else np.zeros(size, np.bool_)

    def names_products(self, ident: Identifier) -> bool:
        """Whether an exact hit on this part number or barcode names a few products, rather than a
        code many share (a steel grade "A2-70", a gene name in a corpus of articles)."""
        key = model_codes.key(ident.model_of, ident.value) if ident.model_of else ident.key
        held = sum(len(self.column(f"{role}|{key}")) for role in ("own", "acc"))
        return held <= max(NAMES_MAX, int(NAMES_SHARE * self.size))

    @staticmethod
    def _mark(
        out: npt.NDArray[Any], hit: npt.NDArray[np.int32], value: Any, rows: npt.NDArray[np.int64] | None
    ) -> None:
        """``out[r] = value`` for every hit row (``rows`` given: for the positions whose row is hit)."""
        if not len(hit):
            return
        if rows is None:
            out[hit] = np.maximum(out[hit], value)
            return
        pos = np.minimum(np.searchsorted(hit, rows), len(hit) - 1)
        found = hit[pos] == rows
        out[found] = np.maximum(out[found], value)

    # -- persistence (inside the lexical index file) ---------------------------------------------

    def arrays(self) -> dict[str, npt.NDArray[Any]]:
        return {
            "fact_tokens": self.tokens, "fact_offsets": self.offsets, "type_of": self.type_of,
            "fact_rows": self._rows, "fact_indptr": self._indptr, "type_rows": self._type_rows,
            "type_indptr": self._type_indptr, **self.vocab.arrays("fact_vocab"),
        }  # fmt: skip

    def meta(self) -> dict[str, Any]:
        return {"types": self.types.to_json()}

    @classmethod
    def load(cls, arrays: dict[str, npt.NDArray[Any]], meta: dict[str, Any]) -> FactIndex:
        """From a file's arrays and JSON; ValueError when they disagree with each other."""
        tokens, offsets, type_of = arrays["fact_tokens"], arrays["fact_offsets"], arrays["type_of"]
        vocab, types = TermTable.load(arrays, "fact_vocab"), TypeTable.from_json(meta["types"])
        postings = {name: arrays[name] for name in ("fact_rows", "fact_indptr", "type_rows", "type_indptr")}
        if (
            len(offsets) < 1
            or int(offsets[-1]) != len(tokens)
            or (len(tokens) and not 0 <= int(tokens.min()) <= int(tokens.max()) < len(vocab))
            or (len(type_of) and int(type_of.max()) >= len(types.phrases))
            or len(postings["fact_rows"]) != len(tokens)
            or len(postings["fact_indptr"]) != len(vocab) + 1
            or len(postings["type_indptr"]) != len(types.phrases) + 1
            or len(postings["type_rows"]) != int(postings["type_indptr"][-1])
        ):
            raise ValueError("fact arrays disagree with their vocabulary")
        return cls(tokens, offsets, vocab, types, type_of, postings=postings)
