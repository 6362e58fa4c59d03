"""An event two organisations hold together, credited to both by one source (« Mission locale du Mâconnais et Pôle
emploi Mâcon », « Confédération paysanne 71 / Terre de Liens Bourgogne ») and to one of them by each of two others:
one event, though the two that name one each name another organiser. Each case gives the groups of more than one
record the merge must publish (none: every record alone)."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import frame, merged_keys, record_2022

PLATFORM, AGENDA, ICS, SHEET = "plateforme", "cress-bfc-openagenda", "reseau-bourgogne-ical", "cress-bfc-tableur"
MACON = dict(lieu="Espace Entreprendre", adresse="35 rue de Lyon", code_postal="71000", commune="Mâcon")
TOULOUSE = dict(lieu="Maison de la coopération", adresse="5 rue Bayard", code_postal="31000", commune="Toulouse")
CHALON = dict(lieu="Maison des syndicats", adresse="2 rue du Pont", code_postal="71100", commune="Chalon-sur-Saône")

CASES = {
    "Mâcon: the forum of the Mission locale and Pôle emploi, each credited alone by one source": (
        [record_2022(PLATFORM, "1", titre="Forum de l'emploi solidaire du Mâconnais",
                     organisateur="Mission locale du Mâconnais et Pôle emploi Mâcon",
                     date_debut="2022-11-17T09:00:00+01:00", **MACON),
         record_2022(AGENDA, "o1", titre="Forum emploi solidaire", organisateur="Pôle emploi Mâcon",
                     date_debut="2022-11-17T09:00:00+01:00", **MACON),
         record_2022(SHEET, "t1", titre="Forum emploi solidaire Mâcon", organisateur="Mission Locale",
                     date_debut="2022-11-17", **MACON)],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1", f"{SHEET}:t1"}]),
    "Chalon: « Confédération paysanne 71 / Terre de Liens Bourgogne », an hour off in the calendar": (
        [record_2022(PLATFORM, "1", titre="Conférence : l'agriculture paysanne face au climat",
                     organisateur="Confédération paysanne 71 / Terre de Liens Bourgogne",
                     date_debut="2022-11-22T19:00:00+01:00", **CHALON),
         record_2022(ICS, "i1", titre="Agriculture paysanne et climat - conférence",
                     organisateur="Terre de Liens Bourgogne", date_debut="2022-11-22T18:00:00Z", **CHALON),
         record_2022(SHEET, "t1", titre="Conférence agriculture paysanne et climat",
                     organisateur="Confédération paysanne 71", date_debut="2022-11-22T19:00:00+01:00", **CHALON)],
        [{f"{PLATFORM}:1", f"{ICS}:i1", f"{SHEET}:t1"}]),
    # One body by three names, the two short ones read as two organisers, the full one as each of them.
    "Toulouse: « Union régionale des Scop et Scic d'Occitanie », « Les Scop Occitanie », « URSCOP »": (
        [record_2022(PLATFORM, "1", titre="Petit-déjeuner : reprendre son entreprise en Scop",
                     organisateur="Union régionale des Scop et Scic d'Occitanie",
                     date_debut="2022-11-15T08:30:00+01:00", **TOULOUSE),
         record_2022(AGENDA, "o1", titre="P'tit déj : la reprise d'entreprise par les salariés",
                     organisateur="Les Scop Occitanie", date_debut="2022-11-15T08:30:00+01:00", **TOULOUSE),
         record_2022(SHEET, "t1", titre="Petit déjeuner reprise en Scop", organisateur="URSCOP",
                     date_debut="2022-11-15T08:30:00+01:00", adresse="5 r. Bayard", code_postal="31000",
                     commune="Toulouse")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1", f"{SHEET}:t1"}]),
    # Apart: each co-organiser's own event the same day elsewhere; the listing crediting both is at another venue.
    "Mâcon: each co-organiser's own workshop, the joint forum elsewhere": (
        [record_2022(PLATFORM, "1", titre="Forum de l'emploi solidaire du Mâconnais",
                     organisateur="Mission locale du Mâconnais et Pôle emploi Mâcon",
                     date_debut="2022-11-17T09:00:00+01:00", **MACON),
         record_2022(AGENDA, "o1", titre="Atelier CV", organisateur="Pôle emploi Mâcon",
                     date_debut="2022-11-17T14:00:00+01:00", lieu="Agence Pôle emploi",
                     adresse="12 rue Gambetta", code_postal="71000", commune="Mâcon"),
         record_2022(SHEET, "t1", titre="Atelier CV", organisateur="Mission Locale",
                     date_debut="2022-11-17T14:00:00+01:00",
                     lieu="Mission locale", adresse="5 rue de la Liberté", code_postal="71000", commune="Mâcon")],
        []),
}


@pytest.mark.parametrize(("records", "groups"), list(CASES.values()), ids=list(CASES))
def test_an_event_held_by_two_organisations(index, records, groups):
    published = {group for group in merged_keys(deduplicate(frame(*records), index)) if len(group) > 1}
    assert published == {frozenset(group) for group in groups}
