import pytest

from assets.lib.person_names import (
    _SEPARATOR,
    _in_pieces,
    _is_person,
    _without_person_asides,
    names_a_person,
    without_persons,
)

# How people write a contact's name in an organiser field or a calendar's ORGANIZER;CN.
PERSONS = [
    "Marie Dupont", "marie dupont", "MARIE DUPONT", "Dupont Marie", "DUPONT Marie", "Mme Sophie Martin",
    "M. Jean Martin", "Mme Martin", "Monsieur Durand", "Madame Nathalie Leroy", "Dr Ahmed Benali",
    "Jean-Pierre Le Gall",
    "Sophie Martin-Dubois", "Anne-Sophie Lefebvre", "Julien Bernard", "Nguyen Van Minh", "Fatima Benali",
    "Berthe de Boissieux", "Karine Le Goff", "Thomas Girard", "Camille Moreau", "Mlle Léa Fournier",
    "Pierre-Yves Morvan", "Isabelle Da Silva",
    # A surname organisations are named with too, after a civility no brand takes; a surname of « Le » in capitals.
    "Monsieur Petit", "Madame Fontaine", "Mme Moulin", "LE GALL Marie", "LE GOFF Yann",
    # A given name beside one of the very common surnames organisations are named with too (a Thunderbird ORGANIZER).
    "Claire Petit", "PETIT Claire", "Jean-Marc Petit", "Marie Fontaine", "Sylvie Grand", "MOULIN Pierre",
]

# Organisations of the ESS as their own sources name them, many with a given name or a surname in them.
ORGANISATIONS = [
    "France Active", "France Active Bretagne", "Croix-Rouge française", "Secours populaire", "Emmaüs Connect",
    "Fédération Léo Lagrange", "Collectif Marie Curie", "Centre social Simone Veil", "Maison de quartier Jean Moulin",
    "Les Amis de Louise Michel", "La Ruche de Nancy", "Le Chaînon de Billy-Montigny", "Terres de lin",
    "Domaine de Candie", "Annecy-le-Vieux", "Rose Jardin", "Paris Jeunesse", "Café Marie", "Maison Martin",
    "Enercoop Bretagne", "La Petite Rennes", "Répar'Tout", "Les Amis de la Terre", "Terre de Liens",
    "Habitat et Humanisme", "Les Petits Débrouillards", "Vélo Utile", "Zéro Déchet Rennes", "Mairie de Laon",
    "Ville de Villeneuve-d'Ascq", "SCIC La Clé (62)", "Ressourcerie L'Étincelle (59) 5", "Cinéma Arvor",
    "Cercle Paul Bert", "Bretagne Ateliers", "Coopérer pour entreprendre", "Union régionale des Circuits Courts",
    "CRESS Bretagne", "PFS", "Plateforme des Finances Solidaires", "C.E.A.", "URSCOP HDF", "Alternatiba Rennes",
    "Marie", "M. Bricolage", "Monsieur Vélo", "Pôle emploi", "Atelier Martin", "Coopérative Marcel", "ADMR 35",
    "Association Julien Bernard", "Jardin Partagé Sainte-Anne", "Épicerie solidaire Louise", "Fondation Abbé Pierre",
    "Restos du Cœur", "Ecole de la Deuxième Chance de Bordeaux", "Maison des associations", "Saint-Jean-de-Luz",
    "Théâtre Victor Hugo", "Lycée Jean Jaurès", "Scop Martin & Fils", "Collectif Les Récoltes Citoyens (80)",
    "Ressourcerie Le Maillon (59) 2", "Communauté de communes de Beauvais", "ESS France", "Avise",
    "Le Mouvement Associatif", "M.E.M.", "A.L.P.N.", "M. E. S. S.",
    "Les Compagnons Bâtisseurs", "Réseau Cocagne", "Jardins de Cocagne", "Groupe SOS", "Mutuelle de France",
    "LA RUCHE Nancy", "LE RELAIS Marie", "Mr Bricolage", "Mme Maison", "Monsieur le Maire", "Madame la Présidente",
    "Petit Marcel", "Grand Moulin", "Le Petit Café", "Moulin Rouge", "Petit Bateau", "Fontaine Saint-Michel",
    "La Fontaine", "Grand Angle", "Café Petit", "Petit Jardin Marie",
]


@pytest.mark.parametrize("name", PERSONS)
def test_a_persons_name_is_read_as_one(name):
    assert names_a_person(name)


@pytest.mark.parametrize("name", ORGANISATIONS)
def test_an_organisation_is_not_read_as_a_person(name):
    assert not names_a_person(name)


@pytest.mark.parametrize(
    ("organiser", "published"),
    [
        ("Répar'Tout (Marie Dupont)", "Répar'Tout"),
        ("Marie Dupont - Répar'Tout", "Répar'Tout"),
        ("CRESS Bretagne / contact : Julien Bernard", "CRESS Bretagne"),
        ("Les Bricoleurs, Mme Martin", "Les Bricoleurs"),
        ("Les Bricoleurs [réf. Sophie Martin]", "Les Bricoleurs"),
        ("Marie Dupont / Julien Bernard", ""),
        ("Contact : Marie Dupont", ""),
        ("Mme Sophie Martin", ""),
        ("Ressourcerie L'Étincelle (59)", "Ressourcerie L'Étincelle (59)"),
        ("Fédération Léo Lagrange - Ouest", "Fédération Léo Lagrange - Ouest"),
        ("Collectif Marie Curie (Paris 13e)", "Collectif Marie Curie (Paris 13e)"),
        ("CRESS Bretagne, Enercoop Bretagne / Alternatiba Rennes",
         "CRESS Bretagne, Enercoop Bretagne / Alternatiba Rennes"),
        ("Enercoop Bretagne, Marie Dupont, Alternatiba Rennes", "Enercoop Bretagne, Alternatiba Rennes"),
        # What a person's name carries in brackets or right after it says who the person is: it goes with the name.
        ("Jean-Pierre Martin (bénévole)", ""),
        ("Jean Dupont (Répar'Tout)", ""),
        ("Claire Moreau (présidente de Répar'Tout)", ""),
        ("Jean Dupont (bénévole) - Répar'Tout", "Répar'Tout"),
        ("Jean Dupont, bénévole", ""),
        ("Mme Claire Moreau, Trésorière", ""),
        ("Répar'Tout - Jean Dupont, chargé de mission", "Répar'Tout"),
        ("Jean Dupont, Enercoop Bretagne", "Enercoop Bretagne"),
        ("Répar'Tout (bénévoles)", "Répar'Tout (bénévoles)"),
        ("Les Bricoleurs, bénévoles", "Les Bricoleurs, bénévoles"),
        # A person named on behalf of an organisation; an organisation's own « pour » is no separation.
        ("Jean Dupont pour Répar'Tout", "Répar'Tout"),
        ("Mme Claire Moreau pour le collectif Vélo Cité", "le collectif Vélo Cité"),
        ("Association pour le droit à l'initiative économique", "Association pour le droit à l'initiative économique"),
        ("Collectif pour une transition citoyenne", "Collectif pour une transition citoyenne"),
    ],
)
def test_the_persons_an_organiser_field_names_are_taken_out(organiser, published):
    assert without_persons(organiser) == published


# Asides and what may surround a name: brackets of both kinds, empty, unbalanced, nested, several, spaces around.
ASIDES = ["", " (Marie Dupont)", " (bénévole)", " [Jean Martin]", " (Répar'Tout)", " ()", "(", " )",
          " ((Marie Dupont))", " (Marie Dupont) (Jean Martin)", " (59)", "  ", " [Les Bricoleurs] "]


@pytest.mark.parametrize("aside", ASIDES)
def test_a_name_of_one_piece_is_read_as_its_pieces_are(aside):
    """without_persons reads a name without separator at once (most organiser fields): the same as reading it piece by
    piece (_in_pieces) once the whole is no person's, for persons, organisations, roles and hostile brackets, the aside
    before or after the name."""
    names = PERSONS + ORGANISATIONS + ["bénévole", "Présidente", "Contact : Mme Martin", "", " ", "Répar'Tout "]
    texts = [text for name in names for text in (name + aside, aside + name, f"{aside} {name}{aside}")]
    one_piece = [text for text in texts if not _SEPARATOR.search(text)]
    assert len(one_piece) > len(texts) // 2
    for text in one_piece:
        read = "" if _is_person(text) else _in_pieces(text, _without_person_asides(text))
        assert without_persons(text) == read, text
    assert any(without_persons(text) == "" for text in one_piece) and any(without_persons(text) for text in one_piece)


@pytest.mark.parametrize(
    ("venue", "published"),
    [
        ("Chez Jean Dupont", ""),
        ("Chez Jean Dupont, 12 rue des Lilas", "12 rue des Lilas"),
        ("Chez Mme Martin", ""),
        ("Au domicile de Marie Dupont", ""),
        ("Jardin de Marie Dupont", ""),
        ("Chez Jean Dupont (ancienne ferme)", ""),
        ("Salle des fêtes, chez Jean Dupont", "Salle des fêtes"),  # a home in any piece
        # A café named after a given name, a shared home, a garden or café that is no one's
        ("Chez Simone", "Chez Simone"),
        ("Chez l'habitant", "Chez l'habitant"),
        ("Chez Nous - tiers-lieu", "Chez Nous - tiers-lieu"),
        ("Jardin des Plantes", "Jardin des Plantes"),
        ("Café Chez Paulette", "Café Chez Paulette"),
    ],
)
def test_a_venue_that_is_a_persons_home_does_not_name_them(venue, published):
    from assets.lib.person_names import without_homes

    assert without_homes(venue) == published
