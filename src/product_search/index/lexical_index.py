"""LexicalIndex: BM25 (bm25s' Lucene variant) over one catalog's descriptions, keyed by the store's product keys.

Like :class:`~product_search.index.vector_index.VectorIndex` it is derived data: stamped with the catalog
version it was built from, saved atomically, rebuilt from the stored texts whenever a file is
missing, stale or damaged. BM25's statistics (document frequencies, average length) are global,
so a write rebuilds it rather than patching it.

Analysis, the same for descriptions (:mod:`.descriptions`) and queries: lowercase words, English stop words
removed, Snowball-stemmed, plus one token per identifier (:mod:`..text.identifiers`) such as ``#standard:din933``.
The same file keeps the catalog's :class:`~product_search.index.facts.FactIndex` (product types, identifier
roles and families), derived from the same texts at the same time.

One product whose text the analyzer fails on (a bug in it: user text must never do this) cannot break its
catalog: it is indexed without words or facts (the model still finds it), logged, and listed in
:attr:`LexicalIndex.unreadable`; an upload analyzes its texts before the commit and refuses such a product.
"""

from __future__ import annotations

import copy
import json
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from . import indexfile, ragged
from .descriptions import DescriptionRead, read_or_nothing
from .facts import FactIndex, FactMatch, FactRows
from .indexfile import IndexFileError, IndexStamp
from .query_facts import QueryFacts
from .query_reading import QueryReader
from .term_table import TermTable

MAGIC = b"PSBM2504"  # 2504: vocabularies and fact postings as mapped arrays
# bm25s' Lucene variant with its defaults; k1/b are stored in the file so a change forces a rebuild.
K1, B = 1.5, 0.75
_BM25_CHUNK = 65536  # products counted at a time (their pairs' temporary keys are int64)
ANALYZER = 57  # bump when descriptions.analyze() or the facts change: files of an older analyzer are rebuilt


@dataclass(frozen=True)
class LexicalMatch:
    """One query's view of the catalog: a row per product (``LexicalIndex.pks`` order)."""

    scores: npt.NDArray[np.float32]  # BM25 divided by the best any product could score: [0, 1]
    facts: FactMatch  # identifier, attribute and product-type matches of each product
    query: QueryFacts  # what the query was understood to ask for


class LexicalIndex:
    """BM25 scores of every (token, product) pair, as bm25s computes them at indexing time.

    The scores are a sparse token x product matrix (CSC: ``_indptr`` per token, ``_indices`` the
    product rows, ``_data`` the scores). ``pks`` maps rows to product keys (ascending). The analyzed
    tokens of every product are kept (``_tokens``/``_offsets``, ids into ``_vocab``) so an update
    analyzes only the changed products. ``_ceiling`` holds each token's highest score in the
    catalog: a query's scores divide by the most any product could get, so 1.0 means every query
    token matched as strongly as anywhere in the catalog and 0.0 that none did.

    A loaded index maps its file read-only: the arrays and the vocabulary (a :class:`.TermTable`) stay in
    the page cache, shared by every worker. ``unreadable``: keys of the products indexed without words
    because the analyzer failed on their text (ascending).
    """

    def __init__(
        self,
        stamp: IndexStamp,
        pks: npt.NDArray[np.int64],
        *,
        tokens: npt.NDArray[np.int32],
        offsets: npt.NDArray[np.int64],
        vocab: Mapping[str, int],
        facts: FactIndex,
        matrix: tuple[npt.NDArray[np.float32], npt.NDArray[np.int32], npt.NDArray[np.int64]] | None = None,
        ceiling: npt.NDArray[np.float32] | None = None,
        unreadable: npt.NDArray[np.int64] | None = None,
    ) -> None:
        self.stamp = stamp
        self.pks = pks
        self.facts = facts
        self.unreadable = np.zeros(0, np.int64) if unreadable is None else unreadable
        self._tokens = tokens
        self._offsets = offsets
        self._vocab = TermTable.of(vocab)
        if matrix is None:
            matrix = _bm25_matrix(tokens, offsets, len(vocab))
        self._data, self._indices, self._indptr = matrix
        self._ceiling = _ceilings(self._data, self._indptr) if ceiling is None else ceiling
        self._top = float(self._ceiling.max(initial=0.0))
        self.reader = QueryReader(facts, self._vocab, _holders(self._vocab, self._indptr))

    @classmethod
    def build(cls, stamp: IndexStamp, rows: Iterable[tuple[int, str]]) -> LexicalIndex:
        """Index ``(pk, description)`` rows given in ascending key order."""
        vocab: dict[str, int] = {"": 0}  # id 0: the empty token (bm25s' convention, kept in every file)
        pks = array("q")
        facts = FactRows(None, None)  # packed as read: no list per product is kept
        unreadable: list[int] = []

        def ids() -> Iterator[list[int]]:
            for pk, text in rows:
                words, (fact_tokens, phrase) = read_or_nothing(pk, text, unreadable)
                pks.append(pk)
                facts.add(fact_tokens, phrase)
                yield [vocab.setdefault(t, len(vocab)) for t in words]

        tokens, offsets = ragged.of_lists(ids())
        return cls(
            stamp,
            np.frombuffer(pks, dtype=np.int64).copy(),
            tokens=tokens,
            offsets=offsets,
            vocab=vocab,
            facts=facts.index(),
            unreadable=np.asarray(unreadable, dtype=np.int64),
        )

    def restamped(self, stamp: IndexStamp) -> LexicalIndex:
        """The same index for a newer catalog version whose texts did not change (arrays shared)."""
        index = copy.copy(self)  # a shallow copy: every array and the vocabulary are the same objects
        index.stamp = stamp
        return index

    def updated(
        self, stamp: IndexStamp, removed: npt.NDArray[np.int64], added: Iterable[tuple[int, str]],
        readings: Mapping[str, DescriptionRead] | None = None,
    ) -> LexicalIndex:  # fmt: skip
        """A new index without ``removed`` and with ``added`` (re)indexed; this one stays untouched.

        Only the added texts are analyzed (unless ``readings``, from :func:`.read_descriptions`, has them);
        BM25 statistics are recomputed for all.
        """
        ready = readings or {}
        failed: list[int] = []
        read = {pk: ready.get(text) or read_or_nothing(pk, text, failed) for pk, text in added}
        new_terms: dict[str, int] = {}
        fresh_pks = np.fromiter(read, dtype=np.int64, count=len(read))
        fresh = ragged.of_lists(_term_ids(self._vocab, new_terms, tokens) for tokens, _ in read.values())
        facts_read = [fact for _, fact in read.values()]
        fresh_facts = FactIndex.from_rows(facts_read, self.facts.vocab, self.facts.types.copy())
        drop = np.union1d(np.asarray(removed, dtype=np.int64), fresh_pks)
        keep = np.flatnonzero(~np.isin(self.pks, drop))
        pks = np.concatenate([self.pks[keep], fresh_pks])
        order = np.argsort(pks, kind="stable")  # the kept rows are in key order already; the fresh ones join them
        tokens, offsets = ragged.take(ragged.concat(ragged.take((self._tokens, self._offsets), keep), fresh), order)
        kept_facts = ragged.take((self.facts.tokens, self.facts.offsets), keep)
        all_facts = ragged.concat(kept_facts, (fresh_facts.tokens, fresh_facts.offsets))
        fact_tokens, fact_offsets = ragged.take(all_facts, order)
        type_of = np.concatenate([self.facts.type_of[keep], fresh_facts.type_of])[order]
        facts = FactIndex(fact_tokens, fact_offsets, fresh_facts.vocab, fresh_facts.types, type_of)
        unreadable = np.union1d(self.unreadable[~np.isin(self.unreadable, drop)], np.asarray(failed, np.int64))
        return LexicalIndex(
            stamp, pks[order], tokens=tokens, offsets=offsets, vocab=self._vocab.plus(new_terms),
            facts=facts, unreadable=unreadable.astype(np.int64),
        )  # fmt: skip

    @property
    def size(self) -> int:
        return len(self.pks)

    @property
    def memory_bytes(self) -> int:
        """What this index holds: its arrays (mapped from the file once loaded) and its vocabularies."""
        arrays = (self.pks, self._tokens, self._offsets, self._data, self._indices, self._indptr, self._ceiling)
        return sum(a.nbytes for a in arrays) + self.facts.memory_bytes + self._vocab.nbytes

    def rows_of(self, pks: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """Row of each product key (keys must be indexed)."""
        return np.searchsorted(self.pks, pks).astype(np.int64)

    def _query(self, query: str, wordings: Sequence[str] = ()) -> tuple[list[int], float, QueryFacts]:
        """Token ids of ``query`` (repeats count, as in BM25), the normalizer, and the query's facts
        (:meth:`.QueryReader.read`)."""
        tokens, facts = self.reader.read(query, wordings)
        token_ids = [int(i) for t in tokens if (i := self._vocab.get(t)) is not None]
        # A query term no product has still counts, as much as the rarest term: "smartphone case"
        # must not score 1.0 on "carrying case" just because "smartphone" is unknown here.
        ceiling = float(self._ceiling[token_ids].sum()) + (len(tokens) - len(token_ids)) * self._top
        return token_ids, ceiling, facts

    def _column(self, token: int) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.float32]]:
        start, end = self._indptr[token], self._indptr[token + 1]
        return self._indices[start:end], self._data[start:end]

    def match(
        self,
        query: str,
        allowed: npt.NDArray[np.int64] | None = None,
        *,
        types: bool = True,
        wordings: Sequence[str] = (),
    ) -> LexicalMatch:
        """Normalized BM25 scores and facts of every product for ``query``.

        Products outside ``allowed`` (product keys) score 0 and match no fact; ``types``: whether
        products of the types the query names are marked (``FactMatch.kind``); ``wordings``: the texts its
        types are read from, where not ``query`` (:meth:`.QueryReader.retyped`).
        """
        token_ids, ceiling, query_facts = self._query(query, wordings)
        scores = np.zeros(self.size, np.float32)
        # A repeated query term counts once per repeat, in one pass over its column (a query repeating "mm"
        # 400 times made 400 passes over the catalog's commonest column).
        for t, repeats in Counter(token_ids).items():
            rows, data = self._column(t)
            scores[rows] += data if repeats == 1 else data * np.float32(repeats)  # a column's rows are distinct
        if ceiling > 0:
            scores /= ceiling
        facts = self.facts.match(query_facts, types=types)
        if allowed is not None:
            outside = ~np.isin(self.pks, allowed)
            scores[outside] = 0.0
            for field in fields(facts):  # every array of the match: no fact outside the filter
                getattr(facts, field.name)[outside] = 0
        return LexicalMatch(scores, facts, query_facts)

    def match_rows(self, query: str, rows: npt.NDArray[np.int64], wordings: Sequence[str] = ()) -> LexicalMatch:
        """``match`` for the given rows only (a column's rows are sorted): cheap for a few results, and nothing
        for none (a query's reading alone)."""
        token_ids, ceiling, query_facts = self._query(query, wordings)
        scores = np.zeros(len(rows), np.float32)
        for t in dict.fromkeys(token_ids):
            col_rows, data = self._column(t)
            if not len(col_rows):
                continue
            pos = np.minimum(np.searchsorted(col_rows, rows), len(col_rows) - 1)
            found = col_rows[pos] == rows
            scores[found] += data[pos[found]] * token_ids.count(t)
        if ceiling > 0:
            scores /= ceiling
        return LexicalMatch(scores, self.facts.match(query_facts, rows), query_facts)

    # -- persistence ---------------------------------------------------------------------------

    def save(self, path: Path) -> None:
        """Write atomically (see :mod:`.indexfile`): raw arrays a reader maps, vocabularies included."""
        facts = np.frombuffer(json.dumps(self.facts.meta(), ensure_ascii=False).encode(), dtype=np.uint8)
        arrays: dict[str, npt.NDArray[Any]] = {
            "pks": self.pks,
            "tokens": self._tokens,
            "offsets": self._offsets,
            "data": self._data,
            "indices": self._indices,
            "indptr": self._indptr,
            "ceiling": self._ceiling,
            "unreadable": self.unreadable,
            **self._vocab.arrays("vocab"),
            "facts": facts,
            **self.facts.arrays(),
        }
        extra = {"size": self.size, "k1": K1, "b": B, "analyzer": ANALYZER}
        indexfile.write_arrays(path, MAGIC, self.stamp, extra, arrays)

    @staticmethod
    def read_stamp(path: Path) -> IndexStamp:
        return indexfile.read_header(path, MAGIC)[0]

    @classmethod
    def load(cls, path: Path, expected: IndexStamp | None = None) -> LexicalIndex:
        """Map and verify a file; raise :class:`IndexFileError` unless intact, expected and current."""
        stamp, meta, arrays = indexfile.read_arrays(path, MAGIC, expected)
        if (meta.get("k1"), meta.get("b"), meta.get("analyzer")) != (K1, B, ANALYZER):
            raise IndexFileError(f"{path}: built with other BM25 parameters or another analyzer")
        try:
            vocab = TermTable.load(arrays, "vocab")
            pks, offsets, indptr = arrays["pks"], arrays["offsets"], arrays["indptr"]
            matrix = (arrays["data"], arrays["indices"], indptr)
            facts = FactIndex.load(arrays, json.loads(arrays["facts"].tobytes().decode()))
            sizes_ok = (
                len(pks) == int(meta["size"])
                and len(offsets) == len(pks) + 1
                and len(indptr) == len(vocab) + 1
                and len(arrays["ceiling"]) == len(vocab)
                and len(arrays["data"]) == len(arrays["indices"]) == int(indptr[-1])
                and facts.size == len(pks)
                and len(facts.type_of) == len(pks)
            )
        except (KeyError, ValueError, TypeError, UnicodeDecodeError) as exc:
            raise IndexFileError(f"{path}: unreadable arrays: {exc}") from exc
        if not sizes_ok:
            raise IndexFileError(f"{path}: sizes disagree with its header")
        return cls(
            stamp,
            pks,
            tokens=arrays["tokens"],
            offsets=offsets,
            vocab=vocab,
            facts=facts,
            matrix=matrix,
            ceiling=arrays["ceiling"],
            unreadable=arrays.get("unreadable"),  # absent in files written before it was kept
        )


def _holders(vocab: TermTable, indptr: npt.NDArray[np.int64]) -> Callable[[Sequence[str]], list[int]]:
    """How many products hold each word (0: none); not a method, so the reader holds no cycle back to its index."""

    def holders(stems: Sequence[str]) -> list[int]:
        ids = vocab.ids(stems)
        known = ids >= 0
        counts = np.zeros(len(ids), np.int64)
        counts[known] = indptr[ids[known] + 1] - indptr[ids[known]]
        return counts.tolist()

    return holders


def _bm25_matrix(
    tokens: npt.NDArray[np.int32], offsets: npt.NDArray[np.int64], terms: int
) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.int32], npt.NDArray[np.int64]]:
    """Every (token, product) score of bm25s' Lucene variant, as bm25s computes it (the same float64 arithmetic
    rounded to float32; tests/test_lexical.py compares the two); token ids are 0..terms-1.

    Computed here in arrays rather than by ``bm25s.BM25.index``, which takes every product's tokens as a Python
    list and counts them product by product: at a million products that is gigabytes of lists and minutes of
    loops for what a few sorts do in a fraction of the memory. Rows come sorted within each column (match_rows
    binary-searches them)."""
    n = len(offsets) - 1
    if n == 0 or not len(tokens):  # no terms at all (bm25s would divide by an average length of 0)
        return np.zeros(0, np.float32), np.zeros(0, np.int32), np.zeros(terms + 1, np.int64)
    lengths = np.diff(offsets)
    columns, rows, counts = [], [], []
    for start in range(0, n, _BM25_CHUNK):  # the (term, product) pairs of a chunk of products, counted
        stop = min(start + _BM25_CHUNK, n)
        within = np.repeat(np.arange(stop - start, dtype=np.int64), lengths[start:stop])
        pairs, tf = np.unique(tokens[offsets[start] : offsets[stop]].astype(np.int64) * (stop - start) + within,
                              return_counts=True)  # fmt: skip
        term, row = np.divmod(pairs, stop - start)
        columns.append(term.astype(np.int32))
        rows.append((row + start).astype(np.int32))
        counts.append(tf.astype(np.float32))
    column, row, tf = np.concatenate(columns), np.concatenate(rows), np.concatenate(counts)
    del columns, rows, counts
    order = np.argsort(column, kind="stable")  # by term; within a term, by product (chunks come in order)
    column, row, tf = column[order], row[order], tf[order]
    del order
    df = np.bincount(column, minlength=terms)
    idf = np.log(1 + (n - df + 0.5) / (df + 0.5)).astype(np.float32)  # bm25s keeps idf as float32
    norm = K1 * ((1 - B) + B * lengths[row].astype(np.float64) / lengths.mean())
    data = (idf[column].astype(np.float64) * (tf / (norm + tf))).astype(np.float32)
    indptr = np.zeros(terms + 1, np.int64)
    np.cumsum(df, out=indptr[1:])
    return data, row, indptr


def _ceilings(data: npt.NDArray[np.float32], indptr: npt.NDArray[np.int64]) -> npt.NDArray[np.float32]:
    """Each term's highest score in the catalog (0 for a term no product has)."""
    nonempty = indptr[1:] > indptr[:-1]
    ceiling = np.zeros(len(indptr) - 1, dtype=np.float32)
    if len(data):
        ceiling[nonempty] = np.maximum.reduceat(data, indptr[:-1][nonempty])
    return ceiling


def _term_ids(base: TermTable, new_terms: dict[str, int], tokens: list[str]) -> list[int]:
    """Ids of ``tokens`` in ``base``, a term it lacks numbered after it in ``new_terms`` (extended here)."""
    ids = []
    for term in tokens:
        found = base.get(term)
        ids.append(int(new_terms.setdefault(term, len(base) + len(new_terms)) if found is None else found))
    return ids
