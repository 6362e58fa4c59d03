"""A network or a regional body credited instead of its member, under its own wording of the member's event: from the
same start to the same end at one place, neither source listing anything else in that town then (_alone_then), the
organisers that differ are no veto."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import event, frame, merged_keys

AGENDA = "cress-occitanie-openagenda"
PLACE = dict(lieu="Le Bikini Solidaire", adresse="90 boulevard Riquet", code_postal="31000", commune="Toulouse",
             latitude=None, longitude=None)
MEMBER = dict(PLACE, titre="Grainothèque ouverte", organisateur="La Remise", date_debut="2019-11-23T17:00:00+01:00",
              date_fin="2019-11-23T19:00:00+01:00")
RELAYED = dict(MEMBER, titre="Bourse aux semences paysannes", organisateur="Fédération des Foyers Ruraux d'Occitanie")
# Another event in Toulouse at 17:00 that day, elsewhere in the town.
OTHER = dict(titre="Troc de livres", organisateur="Lire à Toulouse", lieu="La Ruche", adresse="5 rue Bayard",
             code_postal="31000", commune="Toulouse", latitude=None, longitude=None,
             date_debut="2019-11-23T17:00:00+01:00", date_fin="2019-11-23T18:30:00+01:00")


@pytest.mark.parametrize(
    ("copy", "others", "merged"),
    [
        pytest.param({}, [], True, id="a federation, alone in the town then"),
        pytest.param({"organisateur": "Réseau des Ressourceries d'Occitanie"}, [], True, id="a network"),
        pytest.param({"organisateur": "Coop'Occitanie", "titre": "Grainothèque : bourse aux semences"}, [], True,
                     id="a regional body, one subject"),
        # A regional body holds its own talks too: two subjects sharing no word are two events (a network's own
        # wording of its member's event is not held against it, above).
        pytest.param({"organisateur": "Coop'Occitanie"}, [], False, id="a regional body, two subjects"),
        pytest.param({"organisateur": "Les Jardins de Tournefeuille"}, [], False, id="another member"),
        # A club or a band named « Union … » is one association, not a union of them
        pytest.param({"organisateur": "Union Sportive Toulousaine"}, [], False, id="a sports club"),
        pytest.param({"organisateur": "Union musicale de Blagnac"}, [], False, id="a band"),
        pytest.param({"organisateur": "Union régionale des Scop d'Occitanie"}, [], True, id="a union of cooperatives"),
        pytest.param({"date_fin": "2019-11-23T18:00:00+01:00"}, [], False, id="another end"),
        pytest.param({}, [event("plateforme", "p2", **OTHER)], False, id="the platform lists another event then"),
        pytest.param({}, [event(AGENDA, "a2", **OTHER)], False, id="the agenda lists another event then"),
        pytest.param({}, [event("plateforme", "p2", **{**OTHER, "date_debut": "2019-11-23T10:00:00+01:00",
                                                         "date_fin": "2019-11-23T12:00:00+01:00"})],
                     True, id="another event that morning"),
    ],
)
def test_a_network_credited_at_the_members_place_and_hours_under_its_own_wording(index, copy, others, merged):
    member = event("plateforme", "p1", **MEMBER)
    relayed = event(AGENDA, "a1", **{**RELAYED, **copy})
    result = deduplicate(frame(member, relayed, *others), index)
    assert (frozenset({"plateforme:p1", f"{AGENDA}:a1"}) in merged_keys(result)) is merged
