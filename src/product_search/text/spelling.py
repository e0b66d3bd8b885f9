"""Words one typing slip away, to meet a catalog's own spelling of a buyer's word.

A buyer types "impackt driver", "muiltimeter", "jig saw blads". A word the catalog does not have is looked up
again as each word one edit from it (a letter left out, added, changed, or two swapped: Norvig's
``edits1``), and the catalog's commonest one is searched in its place. The edits are generated per query
word against the catalog's own vocabulary, so nothing is built or kept per catalog (a SymSpell-style index of
deletions over every word would have to follow every upload, for words a query rarely needs; the type table
keeps one over its few type words, :meth:`.product_types.TypeTable.spell`); a word of n letters costs about
54n lookups.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from string import ascii_lowercase

from . import analysis

# Both spellers (this one, toward the catalog's words; :meth:`.product_types.TypeTable.spell`, toward its type
# words) correct words of these lengths only:
SPELL_MIN = 5  # shorter words are not corrected: one letter apart, "bolt" and "boat" are both words
SPELL_MAX = 24  # nor longer ones (no trade word is longer; the edits grow with the word)
MAX_WORDS = 8  # words of one query looked up again: a buyer mistypes a few


def one_edit(word: str) -> set[str]:
    """Every string one deletion, transposition, replacement or insertion (a-z) away from ``word``."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in ascii_lowercase}
    inserts = {a + c + b for a, b in splits for c in ascii_lowercase}
    return (deletes | swaps | replaces | inserts) - {word}


def correctable(word: str) -> bool:
    """Whether ``word`` may be a slip: letters only, of the lengths corrected, and no English word."""
    return SPELL_MIN <= len(word) <= SPELL_MAX and word.isalpha() and not analysis.lemmas(word)


Frequency = Callable[[Sequence[str]], Sequence[int]]  # how many products hold each stem (0: none), in one call


def corrected(word: str, stem: str, frequency: Frequency) -> tuple[str, str] | None:
    """What to search for ``word`` (typed; ``stem``: its stem) where the catalog lacks ``stem``: the word one
    edit away whose stem most products hold (``frequency``: of every stem at once; ties alphabetical, then an
    English word of that stem before other edits to it), and that stem; None if none is. The edits are of the
    word as typed, not of its stem ("speing" stems to "spe", three letters one edit from many a stem; the word
    is one from "spring"). Words with digits (codes, sizes) and words shorter or longer than the limits are left
    as typed, and so are English words the catalog lacks: "holes", "shelf" or "chair" are no slip of "hose",
    "self" or "chain"."""
    if not correctable(word) or frequency([stem])[0]:
        return None
    candidates = sorted(one_edit(word))
    stems = analysis.stem_once(candidates)
    held = [(-n, s, w) for w, s, n in zip(candidates, stems, frequency(stems), strict=True) if n]
    if not held:
        return None
    # An English word before the catalog's own shortenings, however many products hold those: "golves" is a slip
    # of "gloves", not of the "galv" of "M24 GALV EYEBOLT" that more products hold.
    english = [h for h in held if analysis.lemmas(h[2])]
    _, best, _ = min(english or held)
    # Of the edits to that stem, an English word ("chargres": "chargers", not "chargeres"): what the model reads.
    forms = [w for _, s, w in held if s == best]
    spelled = next((w for w in forms if analysis.lemmas(w)), forms[0])
    return spelled, best


def slips(
    typed: Sequence[str], stems: Sequence[str], known: Callable[[str], bool], frequency: Frequency
) -> dict[int, tuple[str, str]]:
    """A query's typing slips: position -> (word searched instead, its stem) for the first :data:`MAX_WORDS`
    words the catalog lacks (``known``: whether it has a stem) that may be slips (each costs some hundred
    lookups, and a long query of unknown words would cost them all), where :func:`corrected` finds one."""
    unknown = [n for n, stem in enumerate(stems) if not known(stem) and correctable(typed[n])]
    return {n: found for n in unknown[:MAX_WORDS] if (found := corrected(typed[n], stems[n], frequency))}


def pieces(word: str, known: Callable[[str], bool]) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """A word of letters and digits that the catalog lacks, split once where letters meet digits into two words
    it has (``known``: whether it has a stem), each as (piece, its stem): a brand typed glued to its model,
    "fluke117" for "Fluke 117", "m18fid2" for "M18 FID2-0X" (one cut of the word delimiter of Lucene's
    analyzers, on the query only and only where the catalog has both pieces). None where no cut gives two."""
    if len(word) > SPELL_MAX or not word.isalnum():
        return None
    for cut in (m.start() for m in analysis.LETTERS_DIGITS.finditer(word)):
        first, second = word[:cut], word[cut:]
        stems = analysis.stem([first, second])
        if known(stems[0]) and known(stems[1]):
            return (first, stems[0]), (second, stems[1])
    return None


def respelled(text: str, spelled: Mapping[str, str]) -> str:
    """``text`` with each whole word that is a key of ``spelled`` (lower case, as :func:`slips` saw it)
    replaced by its value, whatever its case: the query as the catalog would have spelled it."""
    return analysis.WORD.sub(lambda m: spelled.get(m.group().lower(), m.group()), text)
