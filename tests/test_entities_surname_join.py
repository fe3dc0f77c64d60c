"""A surname on its own joins the one person the story names in full with it, even when only
the name's shape says person ("Lleyton Hewitt": a given name the lists lack): "Hewitt" is then
no organisation of its own, nor "Dorival" a second entity beside "Dudley Dorival"."""

from backfile_entities.gazetteer import load
from backfile_entities.mentions import Mention
from backfile_entities.resolve import Entity, Located
from backfile_entities.surnames import join_surnames

from tests.support.entities import candidates_of


def test_a_lone_surname_joins_the_full_name() -> None:
    entities = candidates_of("Safin plays down hopes", [
        "After losing the first set to Lleyton Hewitt in the final, Safin began to doubt.",
        "\"I'm playing against Hewitt, who is the best,\" he said.",
    ])
    hewitt = [e for e in entities if "Hewitt" in e.name]
    assert [(e.name, e.type) for e in hewitt] == [("Lleyton Hewitt", "person")]
    assert "Hewitt" in hewitt[0].aliases


def _entity(name: str, kind: str, *, initial: bool = False, weak: bool = False) -> Entity:
    mention = Mention(name, tuple(name.split()), initial)
    return Entity(name, kind, [Located(mention, "body", 0)], weak=weak)


def test_a_product_or_a_sentence_start_is_no_full_name() -> None:
    gazetteer = load()
    product = [_entity("Apple", "organization"), _entity("Apple Mac", "person"),
               _entity("Mac", "organization", weak=True)]
    assert len(join_surnames(product, gazetteer)) == 3
    opener = [_entity("Rival Sony", "person", initial=True),
              _entity("Sony", "organization", weak=True)]
    assert len(join_surnames(opener, gazetteer)) == 2
    person = [_entity("Lleyton Hewitt", "person"), _entity("Hewitt", "organization", weak=True)]
    assert [e.name for e in join_surnames(person, gazetteer)] == ["Lleyton Hewitt"]
