"""Cases of the merge issue's classes written by hand along the writing habits of real sources rather than by region:
titles in capitals or dressed with emoji, the time written in the title or the description, organisers with or
without their legal form (« SCIC SAS », « SCOP SARL », « Association », « Asso »), a person's first name before the
association, the venue inside the title, the venue and the town in each other's column, online wordings (« Visio »,
« Teams », « Zoom », « distanciel », « webinaire ») and a hybrid event, two sessions listed once as a range or once a
day, an event called off then listed again, the postal code alone, the edition's boundaries (31 October, 1 December).
Each case gives the groups of more than one record the merge must publish (none: every record alone)."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import merged_keys
from tests.lib.test_dedup_regions import AGENDA, ICS, NO_PLACE, PLATFORM, REUNION, ROUBAIX, SHEET, at, frame

COMPOST = dict(ROUBAIX, lieu="Jardin partagé des Tanneurs", adresse="12 rue des Tanneurs", code_postal="67000",
               commune="Strasbourg", organisateur="Association Compost'Strasbourg", titre="Atelier compost",
               date_debut="2021-11-13T10:00:00+01:00", date_fin="2021-11-13T12:00:00+01:00")
ENERCOOP = dict(ROUBAIX, lieu="Maison de l'ESS", adresse="19 rue de la République", code_postal="38000",
                commune="Grenoble", organisateur="Enercoop Rhône-Alpes",
                titre="Conférence : l'énergie citoyenne en coopérative",
                date_debut="2021-11-18T18:30:00+01:00", date_fin="2021-11-18T20:30:00+01:00")
ECODAIR = dict(ROUBAIX, lieu="Atelier Ecodair", adresse="55 rue de l'Ourcq", code_postal="75019", commune="Paris",
               organisateur="Ecodair", titre="Visite de l'atelier de reconditionnement informatique",
               date_debut="2021-11-16T14:00:00+01:00", date_fin="2021-11-16T16:00:00+01:00", type_evenement="autre")
PETITES_MAINS = dict(ROUBAIX, lieu="Centre social La Clé", adresse="3 rue Victor Hugo", code_postal="49100",
                     commune="Angers", organisateur="Les Petites Mains Solidaires",
                     titre="Atelier couture : réparer ses vêtements",
                     date_debut="2021-11-20T14:00:00+01:00", date_fin="2021-11-20T17:00:00+01:00")
JARDIN_RENNES = dict(ROUBAIX, lieu="Le Jardin des Mille Pas", adresse="5 rue de la Marbaudais", code_postal="35700",
                     commune="Rennes", organisateur="Vert le Jardin", titre="Troc de graines et de plants",
                     date_debut="2021-11-21T10:00:00+01:00", date_fin="2021-11-21T13:00:00+01:00",
                     type_evenement="autre")
ONLINE = dict(ROUBAIX, **NO_PLACE, organisateur="URSCOP Occitanie", modalite="en_ligne",
              titre="Webinaire : transmettre son entreprise à ses salariés en SCOP",
              date_debut="2021-11-23T11:00:00+01:00", date_fin="2021-11-23T12:30:00+01:00")
FORMATION = dict(ROUBAIX, lieu="Maison des associations", adresse="6 rue Berthe de Boissieux", code_postal="38000",
                 commune="Grenoble", organisateur="Ligue de l'enseignement de l'Isère",
                 titre="Formation des bénévoles : animer une réunion",
                 date_debut="2021-11-16T18:00:00+01:00", date_fin="2021-11-17T21:00:00+01:00")
HALLOWEEN = dict(ROUBAIX, lieu="La Ressourcerie du Pays de Lorient", adresse="Rue Jean Zay", code_postal="56100",
                 commune="Lorient", organisateur="Association La Ressourcerie du Pays de Lorient",
                 titre="Grande vente de lancement du Mois de l'ESS",
                 date_debut="2021-10-31T10:00:00+01:00", date_fin="2021-10-31T17:00:00+01:00", type_evenement="autre")
CLOSING = dict(ROUBAIX, lieu="Hôtel de Région", adresse="1 place Jean Jaurès", code_postal="34000",
               commune="Montpellier", organisateur="CRESS Occitanie", titre="Soirée de clôture du Mois de l'ESS",
               date_debut="2021-12-01T18:00:00+01:00", date_fin="2021-12-01T21:00:00+01:00", type_evenement="autre")


def ics(base: dict, identifier: str, location: str, start: str, **changes) -> dict:
    """A local network's iCalendar copy: its LOCATION in `adresse`, no organiser, no end."""
    fields = {**NO_PLACE, "adresse": location, "organisateur": "", "date_fin": "", **changes}
    return at(base, ICS, identifier, **fields, date_debut=start)


CASES = {
    # Titles in capitals or dressed
    "an emoji-dressed title in capitals, the organiser without « Association »": (
        [at(COMPOST, PLATFORM, "1"),
         at(COMPOST, AGENDA, "o1", titre="🌱 ATELIER COMPOST 🌱", organisateur="Compost'Strasbourg")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "a title between stars and arrows, the spreadsheet's date only": (
        [at(COMPOST, PLATFORM, "1"),
         at(COMPOST, SHEET, "t1", titre="★ >> Atelier Compost << ★", date_debut="2021-11-13", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "hard negative: two emoji-dressed workshops of one association at one garden, morning and afternoon": (
        [at(COMPOST, PLATFORM, "1", titre="🌱 Atelier compost 🌱"),
         at(COMPOST, AGENDA, "o1", titre="🪱 Atelier lombricompost 🪱", date_debut="2021-11-13T14:00:00+01:00",
            date_fin="2021-11-13T16:00:00+01:00")],
        []),
    "hard negative: one capitalised title in two towns the same morning": (
        [at(COMPOST, PLATFORM, "1", titre="ATELIER COMPOST"),
         at(COMPOST, AGENDA, "o1", titre="ATELIER COMPOST", lieu="Jardin de la Montagne Verte",
            adresse="8 rue du Schnokeloch", code_postal="67200", commune="Strasbourg",
            organisateur="Jardins de la Montagne Verte")],
        []),
    # The time written in the title or the description
    "the time written only in the spreadsheet's title": (
        [at(ENERCOOP, PLATFORM, "1"),
         at(ENERCOOP, SHEET, "t1", titre="18h30 – Conférence : l'énergie citoyenne en coopérative",
            date_debut="2021-11-18", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "the time written only in the description, the title shortened": (
        [at(ENERCOOP, PLATFORM, "1"),
         at(ENERCOOP, SHEET, "t1", titre="Conférence énergie citoyenne", date_debut="2021-11-18", date_fin="",
            description="Rendez-vous à 18h30 à la Maison de l'ESS pour une conférence d'Enercoop.")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "hard negative: a title's time two sessions away from the other listing's, one day, one venue": (
        [at(COMPOST, PLATFORM, "1"),
         at(COMPOST, SHEET, "t1", titre="16h – Atelier compost", date_debut="2021-11-13", date_fin="")],
        []),
    # Organisers' legal forms, first names, « Asso »
    "« SCIC SAS Enercoop » against the regional cooperative's name": (
        [at(ENERCOOP, PLATFORM, "1"),
         at(ENERCOOP, AGENDA, "o1", organisateur="SCIC SAS Enercoop Rhône-Alpes",
            titre="L'énergie citoyenne en coopérative")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "« SCOP SARL Ecodair » against « Ecodair », the title reworded": (
        [at(ECODAIR, PLATFORM, "1"),
         at(ECODAIR, AGENDA, "o1", organisateur="SCOP SARL Ecodair",
            titre="Portes ouvertes : le reconditionnement informatique solidaire")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "« Asso » and a person's first name before the association, the venue shortened": (
        [at(PETITES_MAINS, PLATFORM, "1"),
         at(PETITES_MAINS, AGENDA, "o1", organisateur="Nadia - asso Les Petites Mains Solidaires",
            lieu="La Clé"),
         at(PETITES_MAINS, SHEET, "t1", organisateur="Asso Petites Mains Solidaires",
            titre="ATELIER COUTURE REPARATION", date_debut="2021-11-20", date_fin="")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1", f"{SHEET}:t1"}]),
    "hard negative: two cooperatives of one legal form at two venues, one evening, one theme": (
        [at(ENERCOOP, PLATFORM, "1"),
         at(ENERCOOP, AGENDA, "o1", organisateur="SCIC SAS Grenoble Énergies Citoyennes", lieu="La Bobine",
            adresse="42 boulevard Clemenceau", titre="Conférence : l'énergie citoyenne en coopérative")],
        []),
    # The venue inside the title
    "the venue written inside the title « … à la Maison de l'ESS », no venue field": (
        [at(ENERCOOP, PLATFORM, "1"),
         at(ENERCOOP, AGENDA, "o1", titre="Conférence Enercoop à la Maison de l'ESS", lieu="")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "the venue inside a LOCATION-less calendar's title, in UTC": (
        [at(COMPOST, PLATFORM, "1"),
         ics(COMPOST, "i1", "Strasbourg", "2021-11-13T09:00:00Z", titre="Atelier compost au Jardin des Tanneurs")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    # Columns swapped
    "the venue in the town's column and the town in the venue's column": (
        [at(JARDIN_RENNES, PLATFORM, "1"),
         at(JARDIN_RENNES, SHEET, "t1", lieu="Rennes", commune="Le Jardin des Mille Pas", code_postal="",
            date_debut="2021-11-21", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "the postal code alone, no town, the title in capitals": (
        [at(JARDIN_RENNES, PLATFORM, "1"),
         at(JARDIN_RENNES, AGENDA, "o1", commune="", lieu="", titre="TROC DE GRAINES ET DE PLANTS")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    # Online wordings and a hybrid event
    "online: « Visio », « Zoom » and « distanciel » for one webinar": (
        [at(ONLINE, PLATFORM, "1", url="https://us06web.zoom.us/j/81234567890"),
         at(ONLINE, AGENDA, "o1", lieu="Visio", titre="Transmettre son entreprise en SCOP (Zoom)",
            organisateur="Union régionale des SCOP d'Occitanie"),
         at(ONLINE, SHEET, "t1", lieu="distanciel", titre="WEBINAIRE TRANSMISSION SCOP", date_debut="2021-11-23",
            date_fin="")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1", f"{SHEET}:t1"}]),
    "online: « sur Teams » in the title, « En ligne » as the venue": (
        [at(ONLINE, PLATFORM, "1"),
         at(ONLINE, AGENDA, "o1", lieu="En ligne", titre="Transmettre son entreprise à ses salariés (sur Teams)")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "hard negative: two webinars of one network the same day, morning and afternoon": (
        [at(ONLINE, PLATFORM, "1"),
         at(ONLINE, AGENDA, "o1", lieu="Visio", titre="Webinaire : créer une SCIC",
            date_debut="2021-11-23T14:00:00+01:00", date_fin="2021-11-23T15:30:00+01:00")],
        []),
    "hybrid: on site and « + retransmission Zoom » against the venue alone": (
        [at(ENERCOOP, PLATFORM, "1", modalite="hybride"),
         at(ENERCOOP, AGENDA, "o1", titre="Conférence : l'énergie citoyenne en coopérative (+ retransmission Zoom)")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    # Sessions, called off and listed again
    "two sessions listed once as a range and once a day": (
        [at(FORMATION, PLATFORM, "1"),
         at(FORMATION, AGENDA, "o1", titre="Formation des bénévoles : animer une réunion (séance 1)",
            date_fin="2021-11-16T21:00:00+01:00"),
         at(FORMATION, AGENDA, "o2", titre="Formation des bénévoles : animer une réunion (séance 2)",
            date_debut="2021-11-17T18:00:00+01:00")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1", f"{AGENDA}:o2"}]),
    "called off then listed again a week later, « REPORTÉ » in the title": (
        [at(COMPOST, PLATFORM, "1", date_debut="2021-11-20T10:00:00+01:00", date_fin="2021-11-20T12:00:00+01:00"),
         at(COMPOST, AGENDA, "o1", titre="REPORTÉ AU 20/11 – Atelier compost",
            date_debut="2021-11-20T10:00:00+01:00", date_fin="2021-11-20T12:00:00+01:00")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "hard negative: a monthly workshop listed on two Saturdays": (
        [at(COMPOST, PLATFORM, "1"),
         at(COMPOST, AGENDA, "o1", date_debut="2021-11-27T10:00:00+01:00", date_fin="2021-11-27T12:00:00+01:00")],
        []),
    # Edition boundaries
    "the edition's eve: 31 October in two sources, one in UTC": (
        [at(HALLOWEEN, PLATFORM, "1"),
         ics(HALLOWEEN, "i1", "Ressourcerie, rue Jean Zay, Lorient", "2021-10-31T09:00:00Z",
             titre="Vente de lancement du Mois de l'ESS")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "the day after: 1 December, the spreadsheet's capitals and date only": (
        [at(CLOSING, PLATFORM, "1"),
         at(CLOSING, SHEET, "t1", titre="SOIREE DE CLOTURE MOIS ESS", organisateur="CRESS OCCITANIE",
            date_debut="2021-12-01", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "hard negative: an opening on 31 October and a closing on 1 December at one venue": (
        [at(CLOSING, PLATFORM, "1", titre="Soirée de lancement du Mois de l'ESS",
            date_debut="2021-10-31T18:00:00+01:00", date_fin="2021-10-31T21:00:00+01:00"),
         at(CLOSING, AGENDA, "o1")],
        []),
    "half past midnight on 1 December in Paris time against its UTC copy on 30 November": (
        [at(CLOSING, PLATFORM, "1", titre="Nuit de l'ESS", date_debut="2021-11-30T21:00:00+01:00",
            date_fin="2021-12-01T01:00:00+01:00"),
         ics(CLOSING, "i1", "Hôtel de Région, Montpellier", "2021-11-30T20:00:00Z", titre="La Nuit de l'ESS")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "La Réunion on 31 October in the evening, its copy in UTC": (
        [at(REUNION, PLATFORM, "1", titre="Lancement du Mois de l'ESS", date_debut="2021-10-31T18:00:00+04:00",
            date_fin="2021-10-31T20:00:00+04:00"),
         ics(REUNION, "i1", "Case de quartier, Saint-Denis", "2021-10-31T14:00:00Z", titre="Lancement Mois ESS 974")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    # More of each habit, two or three at once
    "« SAS Enercoop » against « Enercoop SCIC », capitals, date only": (
        [at(ENERCOOP, AGENDA, "o1", organisateur="SAS Enercoop Rhône-Alpes"),
         at(ENERCOOP, SHEET, "t1", organisateur="Enercoop Rhône-Alpes SCIC", titre="CONFERENCE ENERGIE CITOYENNE",
            date_debut="2021-11-18", date_fin="")],
        [{f"{AGENDA}:o1", f"{SHEET}:t1"}]),
    "a first name with the association's short name in brackets, the venue in the title": (
        [at(PETITES_MAINS, PLATFORM, "1"),
         at(PETITES_MAINS, AGENDA, "o1", organisateur="Nadia (Petites Mains)", titre="Répar'couture chez La Clé")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "capitals without accents, « ASSO », « & »": (
        [at(JARDIN_RENNES, PLATFORM, "1"),
         at(JARDIN_RENNES, SHEET, "t1", titre="TROC GRAINES & PLANTS", organisateur="ASSO VERT LE JARDIN",
            lieu="JARDIN DES MILLE PAS", adresse="", date_debut="2021-11-21", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "the postal code alone in a LOCATION": (
        [at(ENERCOOP, PLATFORM, "1"),
         ics(ENERCOOP, "i1", "38000", "2021-11-18T17:30:00Z", titre="Conférence Enercoop : l'énergie citoyenne")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "two sessions: a range against the calendar's two days in UTC": (
        [at(FORMATION, PLATFORM, "1"),
         ics(FORMATION, "i1", "Maison des associations, Grenoble", "2021-11-16T17:00:00Z",
             titre="Formation bénévoles (1/2)"),
         ics(FORMATION, "i2", "Maison des associations, Grenoble", "2021-11-17T17:00:00Z",
             titre="Formation bénévoles (2/2)")],
        [{f"{PLATFORM}:1", f"{ICS}:i1", f"{ICS}:i2"}]),
    "« ANNULÉ » in one title, the event listed again by another source the same day": (
        [at(COMPOST, AGENDA, "o1", titre="ANNULÉ – Atelier compost"), at(COMPOST, PLATFORM, "1")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "hard negative: the title's time against another session's record the same day (calendar in UTC)": (
        [at(COMPOST, PLATFORM, "1"),
         ics(COMPOST, "i1", "Jardin des Tanneurs, Strasbourg", "2021-11-13T13:00:00Z", titre="Atelier compost (14h)")],
        []),
    # The time written in the description only (failed before _description_clock)
    "hard negative: the description's time two sessions away from the other listing's, one day, one venue": (
        [at(COMPOST, PLATFORM, "1"),
         at(COMPOST, SHEET, "t1", description="Rendez-vous à 14h au jardin pour l'atelier.", date_debut="2021-11-13",
            date_fin="")],
        []),
    "the description's time tells which of two sessions a date-only listing is": (
        [at(COMPOST, PLATFORM, "1"),
         at(COMPOST, PLATFORM, "2", date_debut="2021-11-13T14:00:00+01:00", date_fin="2021-11-13T16:00:00+01:00"),
         at(COMPOST, SHEET, "t1", description="Atelier de 14h à 16h au jardin partagé, ouvert à toutes et tous.",
            date_debut="2021-11-13", date_fin="")],
        [{f"{PLATFORM}:2", f"{SHEET}:t1"}]),
    "a description with a welcome and a start gives no time: the date-only listing stays apart from two sessions": (
        [at(COMPOST, PLATFORM, "1"),
         at(COMPOST, PLATFORM, "2", date_debut="2021-11-13T14:00:00+01:00", date_fin="2021-11-13T16:00:00+01:00"),
         at(COMPOST, SHEET, "t1", description="Accueil à 9h30, début de l'atelier à 10h.", date_debut="2021-11-13",
            date_fin="")],
        []),
    # The town in the venue's column (failed before _town_in_venue_field)
    "the town alone in the venue's column, date only": (
        [at(COMPOST, PLATFORM, "1"),
         at(COMPOST, SHEET, "t1", lieu="Strasbourg", adresse="", code_postal="", commune="", date_debut="2021-11-13",
            date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "the time and the venue in the title, the town in the venue's column": (
        [at(COMPOST, PLATFORM, "1"),
         at(COMPOST, AGENDA, "o1", titre="Atelier compost – 10h-12h – Jardin des Tanneurs", lieu="Strasbourg",
            adresse="", code_postal="", commune="")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "the columns swapped, the postal code kept, no street": (
        [at(JARDIN_RENNES, PLATFORM, "1"),
         at(JARDIN_RENNES, SHEET, "t1", lieu="Rennes", commune="Le Jardin des Mille Pas", adresse="",
            date_debut="2021-11-21", date_fin=""),
         ics(JARDIN_RENNES, "i1", "Jardin des Mille Pas", "2021-11-21T09:00:00Z", titre="Troc graines")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1", f"{ICS}:i1"}]),
    "the columns swapped in a timed listing, no street": (
        [at(JARDIN_RENNES, PLATFORM, "1"),
         at(JARDIN_RENNES, AGENDA, "o1", lieu="Rennes", commune="Jardin des Mille Pas", adresse="")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "hard negative: the columns swapped, another garden of Rennes, one morning, one title": (
        [at(JARDIN_RENNES, PLATFORM, "1"),
         at(JARDIN_RENNES, SHEET, "t1", lieu="Rennes", commune="Jardin des Landes", adresse="", code_postal="",
            organisateur="Jardins des Landes", date_debut="2021-11-21", date_fin="")],
        []),
    "hard negative: the town alone in the venue's column, two markets in that town that day": (
        [at(JARDIN_RENNES, PLATFORM, "1", titre="Marché de Noël solidaire"),
         at(JARDIN_RENNES, AGENDA, "o1", titre="Marché de Noël solidaire", lieu="Église Saint-Germain",
            adresse="Place Saint-Germain", organisateur="Paroisse Saint-Germain"),
         at(JARDIN_RENNES, SHEET, "t1", **{**NO_PLACE, "lieu": "Rennes"}, organisateur="", titre="MARCHE DE NOEL",
            date_debut="2021-11-21", date_fin="")],
        []),
    # An online wording as the venue, the organiser's town as the commune (failed before the online rule)
    "online: « Teams » as the venue of a « présentiel » listing in the organiser's town": (
        [at(ONLINE, PLATFORM, "1"),
         at(ONLINE, SHEET, "t1", lieu="Teams", commune="Toulouse", code_postal="31000", modalite="presentiel",
            titre="Webinaire transmission d'entreprise en SCOP", date_debut="2021-11-23", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "online: « Visio » as the venue of a timed « présentiel » listing with a town": (
        [at(ONLINE, PLATFORM, "1"),
         at(ONLINE, AGENDA, "o1", lieu="Visio", commune="Toulouse", code_postal="31000", modalite="presentiel",
            titre="Transmettre son entreprise en SCOP", organisateur="Union régionale des SCOP d'Occitanie")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "hard negative: « Visio » in the organiser's town against an on-site talk there by another organiser": (
        [at(ONLINE, PLATFORM, "1", lieu="Maison de l'économie solidaire", adresse="73 chemin Mange-Pommes",
            code_postal="31000", commune="Toulouse", modalite="presentiel", organisateur="Toulouse Métropole"),
         at(ONLINE, AGENDA, "o1", lieu="Visio", commune="Toulouse", code_postal="31000", modalite="presentiel")],
        []),
    "hybrid: « Maison de l'ESS + Zoom » stays at its place against an online copy": (
        [at(ENERCOOP, PLATFORM, "1", lieu="Maison de l'ESS + Zoom"),
         at(ENERCOOP, AGENDA, "o1", **NO_PLACE, modalite="en_ligne", organisateur="Union régionale des Scop")],
        []),
}


@pytest.mark.parametrize(("records", "groups"), list(CASES.values()), ids=list(CASES))
def test_hand_written_cases_of_source_habits(index, records, groups):
    published = {group for group in merged_keys(deduplicate(frame(*records), index)) if len(group) > 1}
    assert published == {frozenset(group) for group in groups}
