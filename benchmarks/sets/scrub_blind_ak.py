"""Blind evaluation set "ak": customer-care notes typed in German, Dutch,
French and Italian at insurance, parcel, energy, bank and telco desks in
DE, AT, CH, NL, BE, FR and IT.  Standard library only."""
import random
import re
import unicodedata

SEED = 48213
N_NOTES = 1000
LABELS = ("name", "email", "phone", "card", "id", "address", "postcode",
          "ip", "url", "iban", "dob", "o", "~")

# ---------------------------------------------------------------- name pools
POOLS = {
    "german": (
        "Jürgen Dieter Wolfgang Uwe Horst Günter Rüdiger Volker Jens Lutz Sönke Malte "
        "Hauke Jörg Kai-Uwe Bernd Detlef Heiko Torsten Sven Björn Dirk Ulf Wiebke Heike "
        "Silke Anke Birgit Gudrun Ulrike Dörte Frauke Kerstin Jutta Sabine Ingrid "
        "Annegret Gisela Hannelore Waltraud Elke Britta Meike Swantje Insa Lieselotte "
        "Ute Rosemarie Henrike Lennart Jannik Finn-Ole Mattes Wenke",
        "Schmidt Müller Weißgerber Krüger Schröder Kowalczyk Hoffmann Brandstätter "
        "Hinrichs Petersen Jansen Ohlendorf Kießling Dreher Pfeiffer Vogelsang Wendland "
        "Lüdtke Bäumer Tiedemann Gerlach Schäfer Böhm Kuhnert Rademacher Oltmanns "
        "Brinkmann Hasselbach Steinbrück Rehberg Knoop Voß Görlitz Bachmeier Eichhorn "
        "Zimmermann Haberkorn Fleischhauer Obermeier Wiesinger Grünewald Dietrich "
        "von Bülow von Hohenberg zu Dohna Lichtenberg Mertens Janßen",
    ),
    "austrian_swiss": (
        "Florian Lukas Matthias Leopold Ferdinand Valentin Severin Quirin Korbinian "
        "Urs Beat Reto Adrian Mathis Gian Flurin Men Ueli Röbi Fränzi Vreni Regula "
        "Barbara Rosmarie Brigitte Heidi Esther Cornelia Seraina Ladina Mirjam Nadine "
        "Corinne Sibylle Monika Theres Resi Burgi Gerlinde Hermine Notburga Maximilian "
        "Elias Jakob Niklas Anselm Benedikt Jodok",
        "Gruber Huber Wimmer Pichler Moser Steiner Hofer Leitner Berger Fuchs Eder "
        "Lechner Schwarzenegger Aigner Brunner Haas Wallner Egger Pfister Zürcher "
        "Hürlimann Bühler Meier Keller Baumgartner Frehner Gisler Rüegg Bösch Tschopp "
        "Inauen Zgraggen Arnold Ammann Kälin Schnyder Caduff Casutt Zimmerli Wyss "
        "Lüthi Blatter Gasser Studer",
    ),
    "dutch_flemish": (
        "Joris Sjoerd Wouter Bram Thijs Jeroen Maarten Koen Gijs Pieter-Jan Ruud Sander "
        "Hidde Tjerk Wietse Jelle Stijn Dries Jef Lieven Wim Rik Femke Sanne Marloes "
        "Anouk Lieke Esmee Fleur Ilse Mieke Griet Hilde Veerle Liesbeth Annelies "
        "Lotte Noor Roos Tessa Ineke Joke Wilhelmina Geertruida Aaltje Baukje Doutzen "
        "Fenna Hanneke Marijke Kees Henk",
        "de Vries van den Berg van Dijk Bakker Janssens Visser Smit Meijer de Boer "
        "Mulder de Groot Bos Vos Peeters Hendrickx van Leeuwen Dekker Brouwer de Wit "
        "Dijkstra Smits de Graaf van der Meer van der Linden Kok Jacobs de Haan "
        "Vermeulen van den Heuvel van der Veen Verhoeven Wouters Maes Claes Goossens "
        "Willems Mertens Lambrechts Vandenbroucke De Smet Van Damme Hoekstra "
        "Schouten van Beek Timmermans",
    ),
    "french": (
        "Gaëtan Ghislain Thibault Aurélien Benoît Baptiste Loïc Yannick Gwenaël Erwan "
        "Ronan Tanguy Corentin Maël Goulven Mathurin Anaïs Clémence Solène Maëlle "
        "Gwendoline Nolwenn Soizic Armelle Ségolène Bérénice Apolline Capucine "
        "Margaux Océane Ludivine Pascaline Éloïse Hélène Geneviève Jacqueline "
        "Amandine Coralie Perrine Mathilde Hervé Régis Jean-Baptiste Marie-Laure "
        "Anne-Sophie Xavier Thierry Didier Fabrice Benoîte",
        "Lefèvre Dubois Moreau Girard Bonnet Fontaine Rousseau Chevalier Mercier "
        "Lemaire Gauthier Perrin Morel Roux Faure Caron Le Gall Le Goff Le Bihan "
        "Kerbrat Quéré Tanguy Le Roux Guillou Riou Le Floch Derrien Morvan Jaouen "
        "de Villiers de la Fontaine Duval Marchand Boulanger Lacroix Delacroix "
        "Deschamps Beaumont Aubert Lambert Dupuis Leclercq Renard Brasseur Delvaux "
        "Lejeune",
    ),
    "alsatian_walloon": (
        "Aloïse Fernand Marcel Lucien Émile Gérard Raymond Joseph-Marie Léon Albert "
        "Jean-Luc Philippe Dominique Christophe Arsène Alphonse Modeste Odile Hortense "
        "Marthe Germaine Yvette Ginette Monique Colette Josiane Liliane Marie-Odile "
        "Adèle Cécile Léonie Angèle Huguette Jeannine Suzanne Bernadette Mireille "
        "Rolande Eugénie Solange Florine",
        "Schneider Kieffer Meyer Heitz Wolff Ehrhardt Ott Roth Bloch Weiss Schaeffer "
        "Hummel Fritsch Muller Spitz Kuntz Haegel Zimmer Geiger Schwartz Dumont "
        "Lemaître Collignon Simonis Gilson Henrard Hubert Piron Leroy Thiry Delhaye "
        "Jadot Lhoest Massart Gérard Remacle Dethier Lecomte Noël Wathelet Pirard",
    ),
    "italian": (
        "Giuseppe Salvatore Gennaro Vincenzo Carmine Ciro Pasquale Rosario Calogero "
        "Gaetano Antonio Domenico Raffaele Massimiliano Gianluca Pierluigi Tommaso "
        "Niccolò Edoardo Ettore Ugo Gavino Efisio Bachisio Giovanna Giuseppina Rosaria "
        "Carmela Concetta Assunta Filomena Immacolata Annunziata Lucia Chiara "
        "Francesca Federica Ilaria Beatrice Ginevra Benedetta Valentina Alessia "
        "Mariangela Graziella Ornella Raffaella Tonina Grazia",
        "Esposito Russo Ferrari Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo "
        "Conti De Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana "
        "Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile "
        "Martinelli Vitale Serra Coppola De Santis D'Angelo Marchetti Parisi Villa "
        "Sanna Piras Melis Pinna Deiana Mureddu Cossu Porcu Di Stefano Lo Russo "
        "Della Valle Scognamiglio",
    ),
    "turkish_kurdish": (
        "Mehmet Mustafa Ahmet Hüseyin Hasan Ibrahim Murat Emre Burak Serkan Volkan "
        "Cem Kaan Tolga Uğur Oğuz Yusuf Ömer Baran Rojhat Şiyar Berxwedan Dilan "
        "Ayşe Fatma Emine Hatice Zeynep Elif Büşra Merve Esra Özlem Gülsüm Sevgi "
        "Songül Derya Hülya Nurcan Yasemin Rojda Zîlan Berfin Newroz Hêvî Şirin Aynur",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan "
        "Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan "
        "Güneş Aksoy Tekin Bozkurt Karakaya Altun Ekinci Zengin Tunç Bayram Duman "
        "Baysal Güler Akbulut Kocabaş Uçar Tatlıses Bingöl Zaza Amed Ronahî Xelîl",
    ),
    "maghreb": (
        "Mohamed Youssef Karim Rachid Khalid Hamid Abdelkader Abdelaziz Said Mourad "
        "Nabil Hicham Mehdi Bilal Soufiane Anouar Ilias Nordin Zakaria Hamza Redouane "
        "Yacine Samir Farid Fatima Khadija Naima Latifa Malika Samira Nadia Houria "
        "Zineb Soukaina Ikram Imane Hafsa Meryem Loubna Nawal Saida Rachida Siham "
        "Karima Djamila Lynda Kahina Wafa",
        "El Amrani Bouzid Benali El Idrissi Ouali Belhaj Chaouki Ait Ahmed Amrani "
        "Azzouzi El Khattabi Bouchareb Haddadi Ziani Belkacem Benmoussa Cherif "
        "Mansouri Boukhari Tahiri Aarab Bakkali El Ouardi Oulad Ali Achahbar "
        "Bouhaddou Benyahia Chergui Hamdaoui Lahlou Meziane Saadi Zerrouki Ferhat "
        "Boudiaf Hadjadj Kaci Ould Ahmed Messaoudi Larbi Tazi Bensaid Ammari Boudjema",
    ),
    "surinamese": (
        "Rishi Ravi Sanjay Dinesh Anand Radjesh Soedesh Ramesh Prem Kishan Winston "
        "Errol Glenn Romeo Clarence Marlon Rudy Humphrey Orlando Desi Sunita Shanti "
        "Asha Reshma Anita Kavita Soenita Sharmila Priya Deepika Roshni Ingrid-Ann "
        "Charmaine Ursula Jacintha Marcia Rosita Gerda Hortencia Joyce Ivanka Lesley",
        "Ramdin Jagessar Ramsaran Sewnath Mahabier Soekhoe Ramlal Baldewsingh "
        "Doerga Kalloe Bhagwandin Autar Sardjoe Ramkisoen Biharie Jaggan Chotkan "
        "Moensi Tjin-A-Tsoi Fung-A-Loi Pinas Wijdenbosch Sedney Venetiaan Emanuels "
        "Kross Burleson Brunings Tjon-A-Fat Kartosen Sastro Wongsodikromo Karijo "
        "Soekarman Pawirodihardjo Amatdjais Nerkust Fernandes Abena Rellum Kanhai",
    ),
    "eritrean": (
        "Tesfay Yonas Dawit Semere Mehari Tekle Filmon Kidane Berhane Habtom Ghebremedhin "
        "Senait Freweini Saba Tsega Selam Mebrat Letekidan Abrehet Luwam Yordanos "
        "Amanuel Biniam Efrem Futsum Goitom Henok Isaias Kibrom Mussie Natnael Robel Tewelde "
        "Yemane Zerit Aster Elsa Hiwet Winta Rahel Milen Feven Meron",
        "Tesfamariam Ghebreyesus Habte Weldemichael Tekeste Araya Kahsay Berhe "
        "Gebremariam Tewolde Andemariam Ogbazghi Haile Asmerom Zerai Woldu Kiflom "
        "Mengesha Tsegay Ghirmay Mesfin Tesfu Yohannes Negash Fessehaye Hagos Mebrahtu "
        "Okbamichael Russom Sium Teklehaimanot Weldeab Zemichael Bahta Debesay Estifanos "
        "Girmay Kahsu Tekie Solomon",
    ),
    "syrian": (
        "Mohammad Ahmad Khaled Omar Abdulrahman Majd Wassim Rami Fadi Tarek Ghassan "
        "Nour Rasha Hiba Lama Rana Reem Dima Ghada Amal Yara Razan Yamen Mazen Hussam "
        "Anas Bassel Firas Kinan Louay Muhannad Nizar Samer Zaid Alaa Batoul Farah Hala "
        "Joud Maysa Rouba Shahed Zeina",
        "Al-Hassan Al-Khatib Haddad Hamdan Shaheen Darwish Kabbani Jaber Masri "
        "Halabi Suleiman Nasrallah Qassab Hallak Sabbagh Attar Kurdi Mardini Khoury "
        "Aljundi Abboud Hijazi Alkhalil Rifai Alhamwi Alshami Jabbour Kassem Makdisi "
        "Najjar Othman Qabbani Rahal Tarabishi Wehbe Zaitoun Aldarwish Bitar Chahine "
        "Dakkak Ghazal Al-Zoubi Hamwi",
    ),
    "tamil": (
        "Tharshan Kajan Sivakumar Nirojan Pirashanth Kirushanth Vithushan Sujeevan "
        "Mathuran Thanuja Sharmila Kavitha Vaishnavi Nishanthini Tharshika Abinaya "
        "Keerthana Janani Luxmi Sutharsan Jeyanthan Prasanna Ragavan Senthil Murugan "
        "Kumaran Thuvaragan Lavan Pratheep Sinthujan Nirmala Saranya Mathumitha "
        "Piriyanka Kalaivani Tharani Sivaranjini Yalini Anushya Kowsalya Thivya",
        "Sivarajah Thillainathan Kanagaratnam Ponnampalam Selvarajah Balasingam "
        "Sinnathamby Paramanathan Yogarajah Vigneswaran Mahalingam Nadarajah Thevarajah "
        "Kandiah Arumugam Rasiah Ganeshalingam Jeyakumar Thurairajah Sathiyamoorthy "
        "Sivanesan Rajaratnam Kumaraswamy Sivapalan Vijayakumar Ratnasingam Thambiah "
        "Navaratnam Shanmugam Subramaniam Kathiravelu Loganathan Manoharan Theivendran "
        "Chelvanayagam Puvanendran Jegatheesan Kugathasan Sritharan Pathmanathan Satkunanathan",
    ),
    "albanian": (
        "Arben Besnik Driton Fatos Agron Valon Blerim Shkelzen Ilir Gezim Leutrim Ardian "
        "Blerta Drita Mimoza Vjosa Albana Arta Fjolla Lirije Teuta Qendresa Donjeta Shqipe "
        "Bekim Dardan Egzon Faton Granit Jeton Kushtrim Liridon Mentor Rinor Shpend Visar "
        "Xhevdet Arlind Behar Ermira Florentina Kaltrina Luljeta Merita Rrezarta Vlora Edona",
        "Krasniqi Berisha Gashi Morina Hoxha Shala Bytyqi Kastrati Rexhepi Hasani Aliu "
        "Ahmeti Kryeziu Zeqiri Ismaili Osmani Limani Salihu Sejdiu Musliu Thaçi Dervishi "
        "Bajrami Gjoka Hyseni Jashari Kelmendi Mehmeti Nuhiu Qerimi Rama Sadiku Veseli "
        "Xhaka Zeka Beqiri Dauti Fejzullahu Halimi Islami Lushaku Maliqi",
    ),
}

# particles keep "van der Meer" etc. together: split on double space trick
def _split_pool(s):
    out, cur = [], []
    parts = s.split()
    particles = {"van", "den", "der", "de", "von", "zu", "di", "le", "la", "el",
                 "al", "ait", "oulad", "ould", "della", "lo", "d'", "du"}
    for p in parts:
        cur.append(p)
        if p.lower() not in particles:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out

POOL_NAMES = {k: (_split_pool(g), _split_pool(f)) for k, (g, f) in POOLS.items()}

# which pools are likely in which country (weights)
COUNTRY_POOLS = {
    "DE": {"german": 6, "turkish_kurdish": 3, "eritrean": 0.7, "syrian": 1, "albanian": 0.8, "tamil": 0.4, "italian": 1, "maghreb": 0.5},
    "AT": {"austrian_swiss": 5, "german": 2, "turkish_kurdish": 2, "albanian": 1.5, "syrian": 0.6, "eritrean": 0.5},
    "CH": {"austrian_swiss": 5, "tamil": 1.5, "albanian": 1.5, "italian": 1.5, "french": 1, "eritrean": 1.2, "syrian": 0.5},
    "NL": {"dutch_flemish": 6, "maghreb": 2.5, "surinamese": 2.5, "turkish_kurdish": 1.5, "eritrean": 0.6, "syrian": 0.8},
    "BE": {"dutch_flemish": 4, "alsatian_walloon": 3, "maghreb": 2.5, "french": 1, "italian": 1, "turkish_kurdish": 1},
    "FR": {"french": 6, "alsatian_walloon": 2, "maghreb": 3, "eritrean": 0.4, "syrian": 0.5, "italian": 0.5},
    "IT": {"italian": 8, "albanian": 1.5, "tamil": 0.4, "maghreb": 1.5, "eritrean": 0.6},
}
LANG_COUNTRIES = {"de": ["DE", "DE", "DE", "AT", "CH"], "nl": ["NL", "NL", "NL", "BE"],
                  "fr": ["FR", "FR", "FR", "BE", "CH"], "it": ["IT", "IT", "IT", "IT", "CH"]}

CITIES = {
    "DE": "Berlin Hamburg München Köln Bremen Bielefeld Gelsenkirchen Oldenburg Kiel Rostock Leipzig Dresden Erfurt Kassel Mannheim Augsburg Würzburg Freiburg Göttingen Osnabrück Wuppertal Bochum Lüneburg Offenbach".split(),
    "AT": "Wien Graz Linz Salzburg Innsbruck Klagenfurt Villach Wels Dornbirn Bregenz Leoben Krems".split(),
    "CH": ["Zürich", "Bern", "Basel", "Luzern", "Winterthur", "St. Gallen", "Lugano", "Biel", "Thun", "Chur", "Schaffhausen", "Aarau", "Genève", "Lausanne", "Fribourg", "Sion", "Neuchâtel", "Bellinzona"],
    "NL": "Amsterdam Rotterdam Utrecht Eindhoven Tilburg Groningen Almere Breda Nijmegen Zwolle Leeuwarden Haarlem Arnhem Enschede Amersfoort Delft Leiden Dordrecht Zoetermeer Venlo".split(),
    "BE": "Antwerpen Gent Brugge Leuven Mechelen Hasselt Kortrijk Liège Namur Charleroi Mons Bruxelles Wavre Arlon Verviers Ostende".split(),
    "FR": "Paris Lyon Marseille Lille Rennes Brest Quimper Nantes Strasbourg Colmar Mulhouse Toulouse Bordeaux Montpellier Nice Grenoble Dijon Metz Rouen Vannes".split(),
    "IT": "Milano Torino Genova Bologna Firenze Napoli Bari Palermo Catania Cagliari Sassari Verona Padova Brescia Bergamo Lecce Salerno Trieste Perugia Nuoro".split(),
}
COUNTRY_NAMES = {"de": ["Deutschland", "Österreich", "Schweiz", "Italien", "Frankreich", "Polen", "Türkei"],
                 "nl": ["Nederland", "België", "Duitsland", "Frankrijk", "Marokko", "Suriname"],
                 "fr": ["France", "Belgique", "Suisse", "Allemagne", "Algérie", "Italie", "Espagne"],
                 "it": ["Italia", "Svizzera", "Germania", "Francia", "Albania", "Spagna"]}

STREETS = {
    "DE": ["Lindenstr.", "Hauptstraße", "Bahnhofstr.", "Am Kirchberg", "Schillerstraße", "Goethestr.", "Birkenweg", "Mühlenweg", "Kastanienallee", "Gartenstr.", "Ringstraße", "Am Markt", "Friedhofsweg", "Beethovenstr.", "Industriestr."],
    "AT": ["Mariahilfer Str.", "Hauptplatz", "Grazer Str.", "Linzer Gasse", "Kirchengasse", "Wiener Str.", "Feldgasse", "Schulgasse", "Landstraßer Hauptstr."],
    "CH": ["Bahnhofstrasse", "Dorfstrasse", "Seestrasse", "Kirchweg", "Hauptstrasse", "Rue du Simplon", "Schulhausstrasse", "Via Cantonale", "Rosenweg"],
    "NL": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Prinsengracht", "Stationsweg", "Julianalaan", "Beatrixstraat", "Nieuwstraat", "Schoolstraat", "Lindelaan", "Koningin Wilhelminaweg", "Hoofdstraat"],
    "BE": ["Kerkstraat", "Stationsstraat", "Rue de la Station", "Chaussée de Louvain", "Rue de l'Église", "Nieuwstraat", "Avenue des Combattants", "Molenstraat", "Steenweg op Gent"],
    "FR": ["rue des Lilas", "rue de la République", "av. Jean Jaurès", "bd Voltaire", "rue Pasteur", "allée des Tilleuls", "chemin des Vignes", "rue du Général Leclerc", "impasse des Roses", "place de l'Église", "rue Victor Hugo", "av. de la Gare"],
    "IT": ["via Roma", "via Garibaldi", "corso Vittorio Emanuele II", "via G. Mazzini", "p.zza Duomo", "viale dei Mille", "via Dante", "via della Repubblica", "largo Augusto", "via Cavour", "v.le Europa", "via San Francesco"],
}

BRANDS = {
    "telco": ["Telekom", "Vodafone", "O2", "1&1", "KPN", "Ziggo", "Odido", "Proximus", "Telenet", "Orange", "SFR", "Bouygues", "Free", "TIM", "WindTre", "Iliad", "Fastweb", "Swisscom", "Sunrise", "Salt", "A1", "Magenta", "ho."],
    "parcel": ["DHL", "DPD", "GLS", "Hermes", "PostNL", "bpost", "La Poste", "Colissimo", "Chronopost", "Poste Italiane", "BRT", "SDA", "Die Post", "Post.at", "UPS", "Mondial Relay", "Amazon"],
    "energy": ["E.ON", "Vattenfall", "EnBW", "Stadtwerke", "Eneco", "Essent", "Engie", "EDF", "TotalEnergies", "Enel", "Edison", "Wien Energie", "Luminus", "A2A", "Hera", "Greenchoice", "Octopus"],
    "bank": ["Sparkasse", "Volksbank", "ING", "Rabobank", "ABN AMRO", "KBC", "Belfius", "BNP Paribas", "Crédit Agricole", "Société Générale", "UniCredit", "Intesa Sanpaolo", "PostFinance", "UBS", "Raiffeisen", "Commerzbank", "N26", "bunq", "Revolut", "Fineco"],
    "insurance": ["Allianz", "AXA", "HUK-Coburg", "Generali", "Zurich", "Achmea", "Centraal Beheer", "Ethias", "MAIF", "Unipol", "Helvetia", "Die Mobiliar", "ERGO", "DEVK", "Nationale-Nederlanden", "Groupama", "Reale Mutua", "Uniqa"],
}
SYSTEMS = ["SAP", "Salesforce", "Genesys", "ServiceNow", "Zendesk", "CRM", "Siebel", "Jira", "Teams", "Outlook", "Five9", "Freshdesk", "SharePoint", "Confluence"]
PLANS = {
    "telco": ["MagentaMobil L", "GigaKombi", "Red XL", "Unlimited Max", "Fibra 1000", "Livebox Fibre", "Super Fibra", "inOne", "Alles-in-1", "Sim Only 20GB", "Forfait 5G 130Go", "Giga Power"],
    "energy": ["Ökostrom Flex", "Vast 3 jaar", "Tarif Bleu", "Dynamisch contract", "Green Flex", "Zen Fixe", "Luce Flex", "Gas Fix 24", "Grundversorgung", "Variabel"],
    "bank": ["Girokonto Plus", "Basiskonto", "Oranje Pakket", "Compte Essentiel", "Conto Xme", "Visa Gold", "Mastercard Standard", "Tagesgeld", "Livret A", "Privatkredit"],
    "insurance": ["Teilkasko", "Vollkasko", "All-risk", "WA-extra", "Multirisque Habitation", "RC Auto", "Kasko Plus", "Hausrat Premium", "Tous risques", "Kfz-Haftpflicht"],
    "parcel": ["Premium", "Basis Plus", "Express 12", "Prioritaire", "Pakket+", "Abo Plus", "Lettre Suivie", "Raccomandata A/R", "Plus", "Zustellung Flex"],
}
MODELS = ["iPhone 15 Pro", "iPhone 13", "Galaxy S23", "Galaxy A54", "Pixel 8", "FRITZ!Box 7590", "FRITZ!Box 6660", "Livebox 6", "Experia Box v10", "Vodafone Station", "TIM Hub+", "Internet-Box 4", "Freebox Pop", "Speedport Smart 4", "Toon", "Linky", "Fairphone 5", "Xiaomi 13T"]
APPS = ["WhatsApp", "Mein Vodafone", "MeinMagenta", "Mijn KPN", "Mijn Ziggo", "MyProximus", "Espace Client", "MyTIM", "DHL App", "PostNL app", "itsme", "DigiD", "FranceConnect", "SPID", "Banking-App", "Twint", "Tikkie", "PayPal", "Google Pay", "Apple Pay"]
TEAMS = {"de": ["2nd Level", "Backoffice", "Retention", "Schadenabteilung", "Inkasso", "Technik", "Reklamation", "Forderungsmanagement", "Team Nord", "Beschwerdemanagement"],
         "nl": ["2e lijn", "backoffice", "retentie", "schadeafdeling", "incasso", "techniek", "klachtenteam", "team Zuid", "debiteurenbeheer"],
         "fr": ["niveau 2", "back-office", "service recouvrement", "service sinistres", "pôle fidélisation", "équipe technique", "service réclamations", "cellule fraude"],
         "it": ["secondo livello", "back office", "ufficio sinistri", "recupero crediti", "reparto tecnico", "ufficio reclami", "team retention", "antifrode"]}
DAYS = {"de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Mo", "Di", "Fr"],
        "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "ma", "wo", "vr"],
        "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "lun.", "jeu."],
        "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "lun", "ven"]}
MONTHS = {"de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
          "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
          "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]}
MAIL_DOMAINS = {"DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "yahoo.de"],
                "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com"],
                "CH": ["bluewin.ch", "gmx.ch", "hispeed.ch", "gmail.com"],
                "NL": ["ziggo.nl", "kpnmail.nl", "hotmail.com", "gmail.com", "live.nl", "planet.nl"],
                "BE": ["skynet.be", "telenet.be", "hotmail.be", "gmail.com", "proximus.be"],
                "FR": ["orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "hotmail.fr"],
                "IT": ["libero.it", "virgilio.it", "alice.it", "tiscali.it", "gmail.com", "hotmail.it"]}


def _fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


def _d(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


# ------------------------------------------------------------ PII generators
def g_phone(r, c):
    if c == "DE":
        return r.choice([f"+49 15{r.randint(1,9)} {_d(r,8)}", f"0{r.choice(['151','152','160','170','176','179'])} {_d(r,7)}",
                         f"0{r.randint(30,89)} {_d(r,7)}", f"+49 (0){r.randint(30,89)} {_d(r,3)} {_d(r,4)}", f"01{r.choice(['57','62','73'])}/{_d(r,7)}"])
    if c == "AT":
        return r.choice([f"+43 664 {_d(r,7)}", f"0664/{_d(r,7)}", f"0676 {_d(r,3)} {_d(r,4)}", f"+43 1 {_d(r,7)}"])
    if c == "CH":
        return r.choice([f"+41 7{r.choice('6789')} {_d(r,3)} {_d(r,2)} {_d(r,2)}", f"07{r.choice('6789')} {_d(r,3)} {_d(r,2)} {_d(r,2)}", f"0041 44 {_d(r,3)} {_d(r,2)} {_d(r,2)}"])
    if c == "NL":
        return r.choice([f"+31 6 {_d(r,8)}", f"06-{_d(r,8)}", f"06 {_d(r,2)} {_d(r,2)} {_d(r,2)} {_d(r,2)}", f"0{r.randint(10,79)}-{_d(r,7)}", f"+316{_d(r,8)}"])
    if c == "BE":
        return r.choice([f"+32 4{r.randint(60,99)} {_d(r,2)} {_d(r,2)} {_d(r,2)}", f"04{r.randint(60,99)}/{_d(r,2)}.{_d(r,2)}.{_d(r,2)}", f"04{r.randint(60,99)} {_d(r,6)}", f"02 {_d(r,3)} {_d(r,2)} {_d(r,2)}"])
    if c == "FR":
        return r.choice([f"+33 {r.choice('67')} {_d(r,2)} {_d(r,2)} {_d(r,2)} {_d(r,2)}", f"0{r.choice('67')} {_d(r,2)} {_d(r,2)} {_d(r,2)} {_d(r,2)}",
                         f"0{r.choice('67')}.{_d(r,2)}.{_d(r,2)}.{_d(r,2)}.{_d(r,2)}", f"0{r.choice('12345')}{_d(r,8)}"])
    return r.choice([f"+39 3{r.randint(20,93)} {_d(r,3)} {_d(r,4)}", f"3{r.randint(20,93)} {_d(r,7)}", f"3{r.randint(20,93)}-{_d(r,7)}", f"0{r.randint(2,99)} {_d(r,6)}", f"0039 3{r.randint(20,93)}{_d(r,7)}"])


def g_postcode(r, c):
    if c in ("AT", "CH", "BE"):
        return str(r.randint(1000, 9999))
    if c == "NL":
        return f"{r.randint(1000,9999)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"
    return f"{r.randint(1,95):02d}{_d(r,3)}"


def g_address(r, c):
    st = r.choice(STREETS[c])
    no = str(r.randint(1, 180))
    if c == "FR":
        return r.choice([f"{no} {st}", f"{no} bis {st}", f"{no}, {st}", f"bât. B, {no} {st}"])
    if c == "IT":
        return r.choice([f"{st} {no}", f"{st}, {no}", f"{st} {no}/{r.choice('ABC')}", f"{st} {no} int. {r.randint(1,20)}"])
    if c == "AT":
        return r.choice([f"{st} {no}/{r.randint(1,9)}/{r.randint(1,30)}", f"{st} {no}", f"{st} {no}/Top {r.randint(1,25)}"])
    if c == "NL":
        return r.choice([f"{st} {no}", f"{st} {no}-{r.choice(['I','II','hs','A','bis'])}", f"{st} {no}{r.choice('abc')}"])
    if c == "BE":
        if st[0] in "RCA":
            return r.choice([f"{st} {no}", f"{st}, {no} bte {r.randint(1,12)}"])
        return r.choice([f"{st} {no}", f"{st} {no} bus {r.randint(1,12)}"])
    if c == "CH":
        return r.choice([f"{st} {no}", f"{st} {no}{r.choice('abc')}"])
    return r.choice([f"{st} {no}", f"{st} {no}{r.choice('abc')}", f"{st}, Hausnr. {no}", f"{st} {no}-{int(no) + 2}"])


def _iban_check(cc, bban):
    s = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{98 - int(s) % 97:02d}"


def g_iban(r, c):
    lens = {"DE": ("n", 18), "AT": ("n", 16), "CH": ("n", 17), "NL": ("nl", 14), "BE": ("n", 12), "FR": ("n", 23), "IT": ("it", 23)}
    kind, ln = lens[c]
    if kind == "nl":
        bban = r.choice(["INGB", "RABO", "ABNA", "TRIO", "SNSB", "BUNQ"]) + _d(r, 10)
    elif kind == "it":
        bban = r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + _d(r, 10) + _d(r, 12)
    else:
        bban = _d(r, ln)
    iban = c + _iban_check(c, bban) + bban
    if r.random() < 0.6:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def g_card(r, c):
    first = r.choice(["4", "51", "52", "55", "4917", "5413"])
    digits = first + _d(r, 15 - len(first))
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            v = v - 9 if v > 9 else v
        tot += v
    digits += str((10 - tot % 10) % 10)
    if r.random() < 0.6:
        return " ".join(digits[i:i + 4] for i in range(0, 16, 4))
    return r.choice([digits, "-".join(digits[i:i + 4] for i in range(0, 16, 4))])


def g_ip(r, c):
    if r.random() < 0.15:
        return f"2a02:{r.randint(0x1000,0xffff):x}:{r.randint(0,0xffff):x}::{r.randint(1,0xfff):x}"
    return r.choice([f"{r.choice([84,87,91,93,145,178,188,213,217,62,81,2])}.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}",
                     f"192.168.{r.randint(0,2)}.{r.randint(2,254)}"])


def g_dob(r, lang):
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1938, 2005)
    k = r.random()
    if k < 0.55:
        sep = {"de": ".", "nl": "-", "fr": "/", "it": "/"}[lang]
        if r.random() < 0.3:
            sep = r.choice("./-")
        return f"{d:02d}{sep}{m:02d}{sep}{y}" if r.random() < 0.8 else f"{d}{sep}{m}{sep}{y}"
    if k < 0.65:
        return f"{y}-{m:02d}-{d:02d}"
    mon = MONTHS[lang][m - 1]
    if lang == "de":
        return f"{d}. {mon} {y}"
    if lang == "fr" and d == 1:
        return f"1er {mon} {y}"
    return f"{d} {mon} {y}"


def g_natid(r, c, lang):
    """national / insurance id matching the country"""
    if c == "DE":
        return r.choice([f"{_d(r,2)} {r.randint(1,28):02d}{r.randint(1,12):02d}{_d(r,2)} {r.choice('ABCDEFGHKLMNRSTW')} {_d(r,3)}",
                         f"{_d(r,2)}{r.randint(1,28):02d}{r.randint(1,12):02d}{_d(r,2)}{r.choice('ABCDEFGHKLMNRSTW')}{_d(r,3)}"])
    if c == "AT":
        return f"{_d(r,4)} {r.randint(1,28):02d}{r.randint(1,12):02d}{_d(r,2)}"
    if c == "CH":
        return f"756.{_d(r,4)}.{_d(r,4)}.{_d(r,2)}"
    if c == "NL":
        return r.choice([_d(r, 9), f"{_d(r,4)}.{_d(r,2)}.{_d(r,3)}"])
    if c == "BE":
        return f"{_d(r,2)}.{r.randint(1,12):02d}.{r.randint(1,28):02d}-{_d(r,3)}.{_d(r,2)}"
    if c == "FR":
        return r.choice([f"{r.choice('12')} {_d(r,2)} {r.randint(1,12):02d} {r.randint(1,95):02d} {_d(r,3)} {_d(r,3)} {_d(r,2)}",
                         f"{r.choice('12')}{_d(r,2)}{r.randint(1,12):02d}{r.randint(1,95):02d}{_d(r,8)}"])
    L = "ABCDEFGHILMNPRSTVZ"
    cf = "".join(r.choice(L) for _ in range(6)) + _d(r, 2) + r.choice("ABCDEHLMPRST") + f"{r.randint(1,71):02d}" + r.choice(L) + _d(r, 3) + r.choice(L)
    return cf if r.random() < 0.7 else cf.lower()


def g_custid(r, c, lang):
    return r.choice([f"KD-{_d(r,7)}", f"{r.randint(1,9)}{_d(r,9)}", f"VN {_d(r,4)} {_d(r,4)}", f"POL-{r.randint(2015,2025)}-{_d(r,6)}",
                     f"{r.choice(['AB','CL','CN','MB'])}{_d(r,8)}", f"{_d(r,3)}-{_d(r,4)}-{_d(r,3)}", f"#{_d(r,6)}",
                     f"JJD{_d(r,15)}", f"3S{r.choice(['PNL','KPN','ABC'])}{_d(r,9)}", f"ZV{_d(r,9)}{c}"])


def g_handle(r, given, family):
    g, f = _fold(given).replace(" ", ""), _fold(family).replace(" ", "").replace("'", "")
    return r.choice([f"@{g}_{f[:3]}", f"@{g}{r.randint(70,99)}", f"{g[:1]}{f}{r.randint(1,99)}", f"{f}.{g[:1]}", f"xX{g.capitalize()}Xx", f"@{f}{g[:2]}_off"])


def g_email(r, given, family, c):
    g = re.sub(r"[^a-z]", "", _fold(given))
    f = re.sub(r"[^a-z]", "", _fold(family))
    dom = r.choice(MAIL_DOMAINS[c])
    user = r.choice([f"{g}.{f}", f"{g[0]}.{f}", f"{f}{g[0]}", f"{g}{r.randint(60,99)}", f"{g}_{f}", f"{f}.{g}{r.randint(1,9)}", f"info.{f}"])
    if r.random() < 0.05:
        user = user.upper()
    return f"{user}@{dom}"


def g_url(r, given, family, c):
    g = re.sub(r"[^a-z]", "", _fold(given))
    f = re.sub(r"[^a-z]", "", _fold(family))
    tld = {"DE": "de", "AT": "at", "CH": "ch", "NL": "nl", "BE": "be", "FR": "fr", "IT": "it"}[c]
    return r.choice([f"https://www.facebook.com/{g}.{f}", f"instagram.com/{g}_{f}", f"www.{f}-{g}.{tld}", f"https://linkedin.com/in/{g}-{f}-{_d(r,3)}",
                     f"https://www.{f}{r.choice(['-bau','-immobilien','-consulting','service'])}.{tld}/kontakt", f"https://t.me/{g}{f[:2]}"])


# ------------------------------------------------------------ template engine
PII_KEYS = {"steuerid", "FAMILYUP", "name", "given", "family", "rev", "ff", "email", "phone", "card", "iban", "ip", "url",
            "dob", "addr", "pc", "natid", "cid", "handle", "agent"}


def _person(r, c):
    w = COUNTRY_POOLS[c]
    pool = r.choices(list(w), weights=list(w.values()))[0]
    g, f = POOL_NAMES[pool]
    given = r.choice(g)
    if pool in ("german", "french", "dutch_flemish", "austrian_swiss", "alsatian_walloon", "italian") and r.random() < 0.08:
        given2 = r.choice(g)
        if given2 != given and "-" not in given and "-" not in given2:
            given = given + (" " if pool in ("german", "austrian_swiss", "italian") else r.choice([" ", "-"])) + given2
    return given, r.choice(f), pool


def _fill(r, tpl, lang, c, desk):
    given, family, pool = _person(r, c)
    agent = _person(r, c)[0]
    city = r.choice(CITIES[c])
    parts = []
    for i, tok in enumerate(re.split(r"\{(\w+)\}", tpl)):
        if i % 2 == 0:
            if tok:
                parts.append((tok, "o"))
            continue
        k = tok
        if k == "name":
            parts.append((f"{given} {family}", "name"))
        elif k == "given":
            parts.append((given, "name"))
        elif k == "family":
            parts.append((family, "name"))
        elif k == "agent":
            parts.append((agent, "name"))
        elif k == "rev":
            parts += [(family.upper(), "name"), (", ", "o"), (given, "name")]
        elif k == "FAMILYUP":
            parts.append((family.upper(), "name"))
        elif k == "ff":
            parts.append((f"{family} {given}", "name"))
        elif k == "email":
            parts.append((g_email(r, given, family, c), "email"))
        elif k == "phone":
            parts.append((g_phone(r, c), "phone"))
        elif k == "card":
            parts.append((g_card(r, c), "card"))
        elif k == "iban":
            parts.append((g_iban(r, c), "iban"))
        elif k == "ip":
            parts.append((g_ip(r, c), "ip"))
        elif k == "url":
            parts.append((g_url(r, given, family, c), "url"))
        elif k == "dob":
            parts.append((g_dob(r, lang), "dob"))
        elif k == "addr":
            parts.append((g_address(r, c), "address"))
        elif k == "pc":
            parts.append((g_postcode(r, c), "postcode"))
        elif k == "natid":
            parts.append((g_natid(r, c, lang), "id"))
        elif k == "steuerid":
            parts.append((r.choice([f"{r.randint(1,9)}{_d(r,10)}", f"{r.randint(1,9)}{_d(r,1)} {_d(r,3)} {_d(r,3)} {_d(r,3)}"]), "id"))
        elif k == "cid":
            parts.append((g_custid(r, c, lang), "id"))
        elif k == "handle":
            parts.append((g_handle(r, given, family), "id"))
        elif k == "city":
            parts.append((city, "~"))
        elif k == "place":
            parts.append((r.choice(CITIES[r.choice(list(CITIES))]), "~"))
        elif k == "country":
            parts.append((r.choice(COUNTRY_NAMES[lang]), "~"))
        else:
            parts.append((_ofill(r, k, lang, desk, c), "of"))
    return parts


def _ofill(r, k, lang, desk, c="DE"):
    if k == "brand" or k in BRANDS:
        lst = BRANDS[desk if k == "brand" else k]
        loc = [b for b in lst if c in BRAND_CC.get(b, ())]
        return r.choice(loc if loc and r.random() < 0.9 else lst)
    if k == "sys":
        return r.choice(SYSTEMS)
    if k == "appl":
        return r.choice(APPLIANCES)
    if k == "shop":
        return r.choice(SHOPS)
    if k == "plan":
        return r.choice(PLANS[desk])
    if k == "model":
        return r.choice(MODELS)
    if k == "app":
        return r.choice(APPS)
    if k == "team":
        return r.choice(TEAMS[lang])
    if k == "day":
        return r.choice(DAYS[lang])
    if k == "month":
        return r.choice(MONTHS[lang])
    if k == "amt":
        v = r.choice([f"{r.randint(5,480)},{r.randint(0,99):02d}", str(r.randint(10, 900)), f"{r.randint(1,99)},{r.choice(['00','50','90','99'])}"])
        return r.choice([f"{v} €", f"{v}€", f"€{v}", f"{v} EUR", f"CHF {v}", f"{v} euro"])
    if k == "time":
        return r.choice([f"{r.randint(7,20)}:{r.choice(['00','15','30','45'])}", f"{r.randint(7,20)}h{r.choice(['','30','15'])}", {"de": f"{r.randint(8,18)} Uhr", "nl": f"{r.randint(8,18)}u", "fr": f"{r.randint(8,18)}h", "it": f"{r.randint(8,18)}:00"}[lang]])
    if k == "n":
        return str(r.randint(2, 14))
    if k == "date":
        return r.choice([f"{r.randint(1,28)}.{r.randint(1,12)}." if lang == "de" else f"{r.randint(1,28)}-{r.randint(1,12)}" if lang == "nl" else f"{r.randint(1,28):02d}/{r.randint(1,12):02d}", f"{r.randint(1,28):02d}/{r.randint(1,12):02d}", f"{r.randint(1,28)}{'.' if lang == 'de' else ''} {r.choice(MONTHS[lang])}"])
    if k == "min":
        return str(r.randint(3, 55))
    if k == "kwh":
        return f"{r.randint(800,6500)} kWh"
    if k == "gb":
        return f"{r.choice([5,10,20,40,100,150])} GB"
    if k == "ticket":
        return r.choice(["INC", "CS", "TCK", "SR"]) + _d(r, 7)
    raise KeyError(k)


# ------------------------------------------------------------ templates
PII_T = {
    "de": [
        "cx {name} ruft an wg. Umzug nach {city}, neue Adresse {addr}, {pc} {city} ab 1.{n}.",
        "Kundin {name} | Tel. {phone} | Rückruf erbeten nach {time}",
        "Hr. {family} meldet Glasschaden, VN {cid}, geb. {dob}, Gutachter angefragt",
        "Fr. {family} möchte IBAN ändern: neu {iban} , SEPA-Mandat per Post",
        "[DE]{rev} | Steuer-ID {steuerid} | Freistellungsauftrag erfasst",
        "spoke to {given}, Paket {cid} liegt in Filiale {city}, abholen bis {day}",
        "Anrufer {name}, geb. am {dob}, Legitimation ok, Karte {card} gesperrt",
        "E-Mail aktualisiert auf {email}, alte Adresse bounced lt. {sys}",
        "Kd. {name} beschwert sich über {brand}, will kündigen. Retention-Angebot abgelehnt. Kontakt {phone}",
        "Zählerstand {kwh} von {name} per Foto erhalten, Abschlag angepasst auf {amt}",
        "[AT]geb. {dob} | {name} | {addr}, {pc} {city} | Versicherungsnummer {natid}",
        "Router-Problem, IP {ip}, Kunde {family} hat {model}, Techniker Termin {day}",
        "danke an {agent} für die Übergabe, Fall {name} ist jetzt bei {team}",
        "Frau Dr. {family} bittet um Rückruf unter {phone}, nicht vor {time}",
        "Lastschrift zurück, Konto {iban}, Inhaber {name}, Mahnstufe 1",
        "Profil {handle} schreibt auf Insta dass Lieferung fehlt, Link {url}",
        "{given} hat angerufen, Sendung an {addr} nicht zugestellt, Nachbar angeblich nicht da",
        "Geburtsdatum {dob} stimmt nicht mit {sys} überein, Kunde {name} schickt Ausweis",
        "{family}s Vertrag läuft aus, {plan} angeboten, Antwort bis {day}. Gruß {agent}",
        "KD-Nr. {cid}, Hausnr. falsch erfasst, korrekt: {addr}, PLZ {pc}",
    ],
    "nl": [
        "klant {name} belt ivm verhuizing naar {addr}, {pc} {city}, ingangsdatum {date}",
        "mevr. {family} wil rekeningnummer wijzigen naar {iban} , bevestiging per mail",
        "[NL]dhr. {family} geboren op {dob}, BSN {natid}, identificatie ok",
        "pakket {cid} niet ontvangen, {given} zegt dat buren niks hebben. tel {phone}",
        "terugbelverzoek {name} op {phone} na {time}, ivm storing {brand}",
        "mail adres aangepast naar {email} op verzoek van klant",
        "{name} | geb. {dob} | {addr} | {pc} {city}",
        "klant {ff} heeft schade aan auto, polisnr {cid}, expert ingepland {day}",
        "gesproken met {given}, wil opzeggen vanwege prijsverhoging, retentie aanbod {plan} gedaan",
        "creditcard {card} geblokkeerd op verzoek van {name}, nieuwe pas binnen {n} werkdagen",
        "modem herstart, WAN IP {ip}, klant {family} tevreden. groet {agent}",
        "{name} belt namens moeder, machtiging ontbreekt. graag schriftelijk via {app}",
        "klacht via twitter van {handle}, link {url}, doorgezet naar {team}",
        "meterstanden {kwh} ontvangen van {name}, termijnbedrag nu {amt}",
        "adreswijziging: oud {addr} {city}, nieuw postcode {pc}, huisnr ok",
        "mevrouw {family} uit {city} vraagt om betalingsregeling, IBAN {iban}",
        "dank aan {agent} voor overdracht, dossier {cid} van {name} ligt bij backoffice",
    ],
    "fr": [
        "cliente {name} appelle pour déménagement au {addr}, {pc} {city} à partir du {date}",
        "[FR]M. {family} né le {dob}, NIR {natid}, identité vérifiée",
        "Mme {family} née le {dob}, souhaite changer de RIB : {iban}",
        "colis {cid} non reçu, {given} dit que le livreur n'est jamais passé. tél {phone}",
        "rappel demandé par {name} au {phone} après {time}",
        "adresse mail modifiée : {email} à la demande du client",
        "{rev} | {addr} | {pc} {city} | né le {dob}",
        "sinistre dégât des eaux, contrat {cid}, assuré {name}, expert prévu {day}",
        "échange avec {given}, veut résilier {brand} suite hausse tarif, proposé {plan}",
        "carte {card} opposée à la demande de {name}, nouvelle carte sous {n} jours",
        "box redémarrée, IP {ip}, client {family} ok. cdlt {agent}",
        "réclamation sur insta de {handle} {url}, transmis au {team}",
        "relevé compteur {kwh} envoyé par {name}, mensualité passe à {amt}",
        "Mme {name} de {city} demande un échéancier, IBAN {iban}",
        "merci à {agent} pour le transfert, dossier de {name} chez le back-office",
        "{name} (d.o.b {dob}) demande attestation pour la CAF",
        "client {name} joignable au {phone} ou par mail {email}",
    ],
    "it": [
        "cliente {name} chiama per trasloco in {addr}, {pc} {city}, dal {date}",
        "[IT]sig. {family} nato il {dob}, codice fiscale {natid}, identità verificata",
        "sig.ra {family} nata il {dob} vuole cambiare IBAN: {iban}",
        "pacco {cid} non consegnato, {given} dice che il corriere non è passato. tel {phone}",
        "richiamare {ff} al {phone} dopo le {time}",
        "mail aggiornata a {email} su richiesta cliente",
        "{ff} | data di nascita {dob} | {addr} | {pc} {city}",
        "sinistro RC auto, polizza {cid}, assicurato {name}, perito {day}",
        "parlato con {given}, vuole disdire {brand} per aumento, proposto {plan}",
        "carta {card} bloccata su richiesta di {name}, nuova carta in {n} giorni",
        "modem riavviato, IP {ip}, cliente {family} ok. saluti {agent}",
        "reclamo su fb da {handle} {url}, girato a {team}",
        "autolettura {kwh} inviata da {name}, nuova rata {amt}",
        "la sig.ra {name} di {city} chiede rateizzazione, IBAN {iban}",
        "grazie a {agent} per il passaggio, pratica {cid} di {name} in back office",
        "[IT]CF {natid} non corrisponde, cliente {ff} manda documento via mail",
        "{given} richiama domani, nato il {dob}, cellulare {phone}",
    ],
}

NOPII_T = {
    "de": [
        "Störung {brand} im Raum {city} seit {time}, Ticket an {team} weitergeleitet",
        "{n} Anrufe in Warteschlange {team}, {sys} hängt wieder, bitte IT informieren",
        "Kunde fragt nach {plan}, Preis {amt} mtl., Vertragslaufzeit 24 Monate",
        "Paket liegt im {parcel} Paketshop, Abholung bis {day}, keine weiteren Infos",
        "Tarifwechsel auf {plan} ab {month}, Bestätigung per Post",
        "Rechnung {month} doppelt abgebucht, Gutschrift {amt} veranlasst",
        "{model} defekt, Austauschgerät bestellt, Lieferung {n} Werktage",
        "Schadenmeldung Hagel, Fotos über {app} hochgeladen, Gutachter {day}",
        "Abschlag von {amt} auf {amt} erhöht wg. Verbrauch {kwh}",
        "Info: {sys} Wartung heute ab {time}, bitte keine Tarifwechsel buchen",
        "Kunde im Urlaub ({country}), unterwegs, Roaming nicht aktiv, freigeschaltet",
    ],
    "nl": [
        "storing {brand} in regio {city} sinds {time}, ticket naar {team}",
        "klant vraagt naar {plan}, kost {amt} p/m, looptijd 1 jaar",
        "pakket ligt bij {parcel} punt, ophalen voor {day}",
        "{model} kapot, vervangend toestel besteld, levering binnen {n} werkdagen",
        "factuur {month} dubbel afgeschreven, creditnota {amt} aangemaakt",
        "{sys} traag vandaag, {n} klanten in de wacht, graag escaleren",
        "overstap naar {plan} per 1 {month}, bevestiging volgt per post",
        "schade gemeld via {app}, foto's ontvangen, expert komt {day}",
        "klant zit in {country}, roaming niet actief, nu aangezet",
        "termijnbedrag verhoogd naar {amt} ivm verbruik {kwh}",
    ],
    "fr": [
        "panne {brand} secteur {city} depuis {time}, ticket transmis au {team}",
        "client demande infos sur {plan}, {amt}/mois, engagement 12 mois",
        "colis en point relais {parcel}, à retirer avant {day}",
        "{model} en panne, échange standard commandé, livraison sous {n} jours",
        "facture du mois de {month} prélevée deux fois, avoir de {amt} fait",
        "{sys} rame depuis ce matin, {n} appels en attente",
        "passage à l'offre {plan} au 1er {month}, courrier de confirmation",
        "déclaration sinistre via {app}, photos reçues, expert {day}",
        "client en {country}, roaming pas activé, fait",
        "mensualité passée à {amt} vu conso {kwh}",
    ],
    "it": [
        "guasto {brand} zona {city} dalle {time}, ticket al {team}",
        "cliente chiede info su {plan}, {amt} al mese, vincolo 24 mesi",
        "pacco in giacenza presso {parcel}, ritiro entro {day}",
        "{model} guasto, sostituzione ordinata, consegna in {n} giorni lavorativi",
        "bolletta di {month} addebitata due volte, nota di credito {amt}",
        "{sys} lentissimo oggi, {n} chiamate in coda",
        "passaggio a {plan} dal 1 {month}, conferma per posta",
        "denuncia sinistro tramite {app}, foto ricevute, perito {day}",
        "cliente in {country}, roaming non attivo, attivato ora",
        "rata aumentata a {amt} per consumi {kwh}",
    ],
}


SHOPS = ["Albert Heijn", "Jumbo", "Kruidvat", "HEMA", "Lidl", "Aldi Süd", "Carrefour", "E.Leclerc", "Esselunga", "Migros", "Coop", "Hofer", "Billa", "MediaMarkt", "Saturn", "Fnac", "Darty", "Boulanger", "Zalando", "bol.com", "Coolblue", "Otto", "Tchibo", "Decathlon", "IKEA", "Douglas", "Rossmann", "dm", "Conad", "Unieuro", "Delhaize", "Colruyt", "Galeries Lafayette", "Vinted", "Temu", "Action"]

PII_T["de"] += [
    "{given} ruft zum 3. mal an wg. {plan}, pls Rückruf asap: {phone}",
    "cx {family}, {given} – Adresse {addr}, {pc} {city}, Zustellung über {parcel} klappt nie",
    "Hr. {name} (geb. {dob}) Kfz-Haftpflicht, Schadenfreiheitsklasse SF {n}, Vertrag {cid}",
    "laut {name} wurde Karte {card} in {city} missbraucht, Chargeback eingeleitet, fyi {team}",
    "{name} hat neue Handynr. {phone} und Mail {email}, beides im {sys} gepflegt",
    "Kundennr. {cid} / Name: {rev} / geb. am {dob} / Anliegen: Kündigung zum {month}",
    "Anruf {time}: {given} aus {city} fragt nach Rückerstattung {amt}, Überweisung an {iban}",
    "Sohn von Frau {family} ruft an, keine Vollmacht, nix rausgegeben. thx {agent}",
    "Login-Versuche von IP {ip} auf Konto {cid}, Kunde {name} informiert, PW-Reset",
    "{given} {family} von {family} GmbH, Firmenkunde, Website {url}, will Geschäftstarif",
    "[DE]b4 Rückruf bitte Steuer-ID {steuerid} prüfen, Kd. {family} sagt Freistellung fehlt",
    "Paketzusteller hat an {addr} abgelegt statt bei {given}, Foto im {app}",
    "Geschädigter {name}, Unfall in {city} am {date}, Kennzeichen fehlt noch, Tel {phone}",
    "[CH]Schweizer Kundin {name}, AHV-Nr. {natid}, Wohnsitz {pc} {city}",
    "[CH]Grüezi, {family} meldet Umzug: {addr}, {pc} {city}. Zählerablesung am {day}",
    "Gamer-Tag {handle} beschwert sich über Ping, IP {ip}, Vertrag bei {telco}",
]
PII_T["nl"] += [
    "cx {given} belt voor de {n}e keer abt {plan}, pls terugbellen asap op {phone}",
    "dhr. {name} (geb. {dob}) autoverzekering, schadevrije jaren {n}, polis {cid}",
    "volgens {name} is pas {card} misbruikt in {city}, chargeback gestart, fyi {team}",
    "klantnr {cid} | naam: {rev} | geboren op {dob} | opzegging per {month}",
    "zoon van mevr. {family} belt, geen machtiging, niks gedeeld. thx {agent}",
    "inlogpogingen vanaf {ip} op account {cid}, klant {name} ingelicht, ww reset",
    "bezorger heeft pakket bij {addr} neergezet ipv bij {given}, foto in {app}",
    "{given}'s nieuwe nummer is {phone}, mail {email}, aangepast in {sys}",
    "[BE]Belgische klant {name}, rijksregisternr {natid}, woont {addr}, {pc} {city}",
    "{name} wil terugbetaling van {amt} op {iban}, goedgekeurd door {agent}",
    "[NL]tikkie verzoek niet betaald, klant {name} zegt fraude, tel {phone} b4 17u",
    "{family} heeft webshop {url}, zakelijk contract gewenst",
]
PII_T["fr"] += [
    "cx {given} rappelle pour la {n}e fois abt {plan}, pls rappeler asap au {phone}",
    "M. {name} (né le {dob}) assurance auto, bonus {n}0%, contrat {cid}",
    "selon {name} la carte {card} a été utilisée frauduleusement à {city}, fyi {team}",
    "n° client {cid} / nom : {rev} / né le {dob} / résiliation fin {month}",
    "le fils de Mme {family} appelle, pas de procuration, rien communiqué. thx {agent}",
    "tentatives de connexion depuis {ip} sur le compte {cid}, client {name} prévenu",
    "livreur a déposé le colis au {addr} au lieu de chez {given}, photo dans {app}",
    "nouveau numéro de {given} : {phone}, mail {email}, mis à jour dans {sys}",
    "[BE]cliente belge {name}, n° registre national {natid}, habite {addr}, {pc} {city}",
    "{name} demande remboursement {amt} sur {iban}, validé par {agent}",
    "Mme {family} née le {dob} à {city}, veut passer au prélèvement, RIB {iban}",
    "site de {family} : {url}, demande offre pro",
]
PII_T["it"] += [
    "cx {given} richiama per la {n}a volta abt {plan}, pls richiamare asap al {phone}",
    "sig. {name} (nato il {dob}) polizza auto, classe CU {n}, contratto {cid}",
    "secondo {name} la carta {card} è stata clonata a {city}, fyi {team}",
    "cod. cliente {cid} / nominativo: {ff} / data di nascita {dob} / disdetta a fine {month}",
    "il figlio della sig.ra {family} chiama, nessuna delega, nulla comunicato. thx {agent}",
    "accessi sospetti da {ip} sull'account {cid}, avvisato cliente {name}",
    "corriere ha lasciato il pacco in {addr} invece che a {given}, foto su {app}",
    "nuovo numero di {given}: {phone}, mail {email}, aggiornato su {sys}",
    "{name} chiede rimborso {amt} su {iban}, approvato da {agent}",
    "[IT]{FAMILYUP} {given}, CF {natid}, residente {addr} {pc} {city}",
    "la signora {name} nata il {dob} a {city}, vuole domiciliare la bolletta, IBAN {iban}",
    "sito del cliente {family}: {url}, chiede offerta business",
]
NOPII_T["de"] += [
    "fyi: {shop} Gutschein nicht einlösbar, Kunde an {shop} verwiesen, n/a für uns",
    "Rückruf {day} {time} eingeplant, Thema {plan} vs {plan}, Kunde unentschlossen",
    "{n} Pakete {parcel} Retoure an {shop}, Etikett per Mail, Abgabe bis {date}",
    "Mahnung storniert, Zahlung {amt} am {date} eingegangen, thx",
    "Kunde will {model} + {plan}, Lieferzeit {n} Tage, Bestellung in {sys} angelegt",
    "Hausratversicherung Wasserschaden Keller, Selbstbeteiligung {amt}, weiter an {team}",
    "Stromausfall {city} gemeldet, {brand} Netzbetreiber zuständig, kein Ticket",
    "Warteschlange Retention ab {time} überlastet, bitte Pausen verschieben lol",
    "Kunde fragt ob {app} auch auf {model} geht. ja. erledigt",
    "Aktion {month}: {plan} für {amt} statt {amt}, gilt nur Neukunden",
    "SEPA Rücklastschrift, Gebühr {amt}, Kunde zahlt per Überweisung tmrw",
]
NOPII_T["nl"] += [
    "fyi: {shop} cadeaukaart werkt niet, klant doorverwezen naar {shop}, n/a voor ons",
    "terugbelafspraak {day} {time}, vraag over {plan} vs {plan}, klant twijfelt nog",
    "{n} pakketten retour naar {shop} via {parcel}, label gemaild, inleveren voor {date}",
    "aanmaning ingetrokken, betaling {amt} op {date} binnen, thx",
    "klant wil {model} + {plan}, levertijd {n} dagen, order in {sys} aangemaakt",
    "stroomstoring {city} gemeld, netbeheerder Liander/Stedin, geen ticket",
    "wachtrij {team} vol vanaf {time}, pauzes graag opschuiven lol",
    "klant vraagt of {app} werkt op {model}. ja. afgehandeld",
    "actie {month}: {plan} voor {amt} ipv {amt}, alleen nieuwe klanten",
    "energielabel vraag, verwezen naar website, r/o geen actie nodig",
]
NOPII_T["fr"] += [
    "fyi : carte cadeau {shop} refusée, client renvoyé vers {shop}, n/a pour nous",
    "rappel prévu {day} {time}, question {plan} vs {plan}, client hésite",
    "{n} colis en retour vers {shop} via {parcel}, étiquette envoyée, dépôt avant le {date}",
    "relance annulée, paiement de {amt} reçu le {date}, merci",
    "client veut {model} + {plan}, délai {n} jours, commande créée dans {sys}",
    "coupure de courant à {city} signalée, Enedis gère, pas de ticket",
    "file {team} saturée dès {time}, décaler les pauses svp lol",
    "client demande si {app} marche sur {model}. oui. clos",
    "promo {month} : {plan} à {amt} au lieu de {amt}, nouveaux clients only",
    "compteur Linky pas communicant, intervention à planifier, r/o",
]
NOPII_T["it"] += [
    "fyi: buono {shop} non accettato, cliente rimandato a {shop}, n/a per noi",
    "richiamata fissata {day} {time}, dubbio {plan} vs {plan}",
    "{n} pacchi in reso a {shop} con {parcel}, etichetta inviata, consegna entro il {date}",
    "sollecito annullato, pagamento {amt} arrivato il {date}, grazie",
    "cliente vuole {model} + {plan}, consegna {n} giorni, ordine creato su {sys}",
    "blackout a {city} segnalato, competenza e-distribuzione, nessun ticket",
    "coda {team} piena dalle {time}, spostare le pause pls lol",
    "cliente chiede se {app} va su {model}. sì. chiuso",
    "promo {month}: {plan} a {amt} invece di {amt}, solo nuovi clienti",
    "contatore gas fermo, lettura stimata, tecnico {day} mattina",
]

APPLIANCES = ["Miele", "Bosch", "Siemens", "Philips", "Liebherr", "Vorwerk", "Dr. Oetker", "Ferrero", "Barilla", "Mercedes-Benz", "Peugeot", "Renault", "Fiat Panda", "Volkswagen Golf", "Tesla Model 3", "De'Longhi", "Smeg", "Candy", "Nespresso", "Dyson", "Gazelle", "Sonos"]

PII_T["de"] += [
    "[DE]SV-Nr. {natid} passt nicht zu {name}, bitte Sozialversicherungsausweis anfordern",
    "Servus, {given} aus {city} – Hausnr. fehlt, korrekt {addr}, {pc}. Hermes informiert",
    "{rev} ruft an, Kfz {appl} Totalschaden, Wunsch Rückruf {phone}, Geburtsdatum {dob}",
    "@{team}: bitte {name} zurückrufen, {phone}, Anliegen Zählerwechsel. LG {agent}",
]
PII_T["nl"] += [
    "{name} uit {city}, adres {addr} {pc}, {appl} wasmachine lekt, monteur {day}",
    "goeiedag, {given} hier namens {family} bv, klantnr {cid}, factuur klopt niet",
    "[BE]dossier {name} | {addr} | {pc} {city} | tel {phone} | ok voor domiciliëring",
]
PII_T["fr"] += [
    "[BE]{given} de Bruxelles, zegt dat de factuur fout is, adresse {addr}, {pc} {city}",
    "[CH]Mme {name}, {addr}, {pc} {city}, n° AVS {natid}, natel {phone}",
    "{rev} appelle, {appl} en panne, sous garantie, rappel {phone}",
]
PII_T["it"] += [
    "[CH]{name} di {city}, dice che la fattura Swisscom è sbagliata, natel {phone}",
    "{ff} chiama, lavatrice {appl} in perdita, tecnico {day}, indirizzo {addr} {pc}",
    "buongiorno, {given} per conto della ditta {family} srl, cod. {cid}, fattura errata",
]
NOPII_T["de"] += [
    "{appl} Geschirrspüler Wasserschaden, Hausrat zahlt bis {amt}, Rechnung per {app}",
    "Paketstation am Hauptbahnhof {city} voll, Sendungen gehen zurück an Depot, fyi",
    "Vor Pfingsten {n} Tage Rückstau bei {parcel}, Kunden bitte vertrösten",
    "Grüezi, Kunde aus {city} wollte nur wissen ob {brand} am {day} offen hat",
]
NOPII_T["nl"] += [
    "{appl} koffiemachine via {shop} gekocht, garantie loopt via winkel, n/a",
    "rond Sinterklaas {n} dagen vertraging bij {parcel}, klanten graag geruststellen",
    "klant uit {city} vroeg alleen of {brand} op {day} open is, ja tot {time}",
    "allee, klant wou weten of de factuur van {month} al betaald is, oui c'est bon",
]
NOPII_T["fr"] += [
    "lave-vaisselle {appl} dégât des eaux, habitation couvre jusqu'à {amt}",
    "avant la Toussaint {n} jours de retard chez {parcel}, rassurer les clients",
    "client de {city} voulait juste savoir si {brand} est ouvert {day}, oui jusqu'à {time}",
    "[BE]klant Brussel, wil factuur in het Frans, c'est noté dans {sys}",
]
NOPII_T["it"] += [
    "lavastoviglie {appl} allagamento, casa copre fino a {amt}, fattura via {app}",
    "prima di Ferragosto {n} giorni di ritardo con {parcel}, tranquillizzare i clienti",
    "cliente di {city} voleva solo sapere se {brand} è aperto {day}, sì fino alle {time}",
    "Grüessech, cliente ticinese chiede fattura in italiano, fatto su {sys}",
]

PII_T["de"] += [
    "Anrufer {given} w/ Frage abt Abschlag, Geburtsdatum {dob} ok, Rückruf tmrw {time} unter {phone}",
    "Kunde {name} | Mail {email} | Tel {phone} | r/o Doppelvertrag, an {team}",
]
PII_T["nl"] += [
    "beller {name} w/ vraag abt jaarafrekening, geb. datum {dob} klopt, morgen terugbellen {phone}",
    "{name} - {email} - {phone} - r/o dubbel contract, naar {team}",
]
PII_T["fr"] += [
    "appelant {name} w/ question abt facture de régul, date de naissance {dob}, rappel tmrw au {phone}",
    "client {name} / {email} / {phone} / r/o double contrat, transmis {team}",
]
PII_T["it"] += [
    "il chiamante {name} w/ domanda abt conguaglio, data di nascita {dob}, richiamare tmrw al {phone}",
    "cliente {ff} - {email} - {phone} - r/o doppio contratto, passato a {team}",
]
NOPII_T["de"] += ["Kunde w/ {n} Verträgen, will alles auf eine Rechnung, geht nicht in {sys}, r/o"]
NOPII_T["nl"] += ["klant w/ {n} contracten wil alles op 1 factuur, kan niet in {sys}, r/o"]
NOPII_T["fr"] += ["client w/ {n} contrats veut une seule facture, impossible dans {sys}, r/o"]
NOPII_T["it"] += ["cliente w/ {n} contratti vuole fattura unica, non fattibile su {sys}, r/o"]

_BC = {
    "DE": "Telekom Vodafone O2 1&1 DHL DPD GLS Hermes UPS Amazon E.ON Vattenfall EnBW Stadtwerke Octopus Sparkasse Volksbank ING Commerzbank N26 Allianz HUK-Coburg ERGO DEVK AXA Generali",
    "AT": "A1 Magenta Drei Post.at DPD GLS Hermes Wien Energie Verbund Raiffeisen Sparkasse Erste Bank Uniqa Generali Allianz Wiener Städtische",
    "CH": "Swisscom Sunrise Salt Die Post DPD DHL PostFinance UBS Raiffeisen Zurich Helvetia Die Mobiliar AXA Migros Coop",
    "NL": "KPN Ziggo Odido PostNL DHL DPD GLS Amazon Eneco Essent Vattenfall Greenchoice ING Rabobank ABN AMRO bunq Revolut Achmea Centraal Beheer Nationale-Nederlanden",
    "BE": "Proximus Telenet Orange bpost PostNL DPD GLS Engie Luminus KBC Belfius ING BNP Paribas Ethias AXA",
    "FR": "Orange SFR Bouygues Free La Poste Colissimo Chronopost Mondial Relay DPD UPS EDF Engie TotalEnergies BNP Paribas Crédit Agricole Société Générale Revolut MAIF AXA Groupama",
    "IT": "TIM WindTre Iliad Fastweb ho. Poste Italiane BRT SDA GLS DHL Amazon Enel Edison A2A Hera UniCredit Intesa Sanpaolo Fineco Generali Unipol Reale Mutua Allianz",
}
BRAND_CC = {}
for _cc, _txt in _BC.items():
    for _k, _lst in BRANDS.items():
        for _b in _lst:
            if (" " + _b + " ") in (" " + _txt + " "):
                BRAND_CC.setdefault(_b, set()).add(_cc)


# ------------------------------------------------------------ assembly
DESKS = ["insurance", "parcel", "energy", "bank", "telco"]


def _merge(parts):
    out = []
    for t, l in parts:
        if not t:
            continue
        if out and l == "o" and out[-1][1] == "o":
            out[-1] = (out[-1][0] + t, "o")
        else:
            out.append((t, l))
    return out


def _typo(r, parts):
    cands = []
    for i, (t, l) in enumerate(parts):
        if l != "o":
            continue
        for m in re.finditer(r"[A-Za-zäöüéèàß]{4,}", t):
            cands.append((i, m.start(), m.end()))
    if not cands:
        return parts
    i, s, e = r.choice(cands)
    t = parts[i][0]
    w = t[s:e]
    k = r.randint(1, len(w) - 2)
    op = r.random()
    if op < 0.4:
        w2 = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    elif op < 0.7:
        w2 = w[:k] + w[k + 1:]
    else:
        w2 = w[:k] + w[k] + w[k:]
    parts = list(parts)
    parts[i] = (t[:s] + w2 + t[e:], "o")
    return parts


def _name_words(text):
    return [w for w in re.split(r"[\s\-'’.]+", _fold(text)) if w]


def blind_notes(listed):
    r = random.Random(SEED)
    lst = {_fold(w) for w in listed}
    notes, seen = [], set()
    langs = ["de", "nl", "fr", "it"]
    while len(notes) < N_NOTES:
        lang = langs[len(notes) % 4] if r.random() < 0.85 else r.choice(langs)
        c = r.choice(LANG_COUNTRIES[lang])
        desk = r.choice(DESKS)
        pii = r.random() >= 0.47
        tpl = r.choice(PII_T[lang] if pii else NOPII_T[lang])
        m = re.match(r"\[([A-Z]{2})\]", tpl)
        if m:
            c, tpl = m.group(1), tpl[4:]
        parts = _fill(r, tpl, lang, c, desk)
        if r.random() < 0.12:
            parts = _typo(r, parts)
        x = r.random()
        if x < 0.36:
            parts = [(t.lower(), l) for t, l in parts]
        elif x < 0.36 + 0.10 and any(l == "name" for _, l in parts):
            parts = [(t.upper() if l == "name" else t, l) for t, l in parts]
        parts = _merge([(t, "o" if l == "of" else l) for t, l in parts])
        if any(l == "name" and any(w in lst for w in _name_words(t)) for t, l in parts):
            continue
        text = "".join(t for t, _ in parts)
        if "\n" in text or not (5 <= len(text.split()) <= 45) or text in seen:
            continue
        seen.add(text)
        notes.append(parts)
    return notes


def _selfcheck():
    a = blind_notes(frozenset())
    b = blind_notes(frozenset())
    assert a == b, "not deterministic"
    assert len(a) == N_NOTES
    sample = frozenset({"anna", "maria", "thomas", "peter", "michael", "john", "david", "sarah",
                        "mohamed", "ali", "jan", "müller", "schmidt", "rossi", "martin", "sophie"})
    c = blind_notes(sample)
    assert len(c) == N_NOTES
    for notes, lst in ((a, set()), (c, {_fold(w) for w in sample})):
        texts = set()
        for note in notes:
            assert note, "empty note"
            for i, (t, l) in enumerate(note):
                assert l in LABELS, l
                assert t, "empty part"
                if l != "o":
                    assert t == t.strip(), repr(t)
                    assert t[0] not in ",.;:|()" and t[-1] not in ",;:|()", repr(t)
                if i and l == "o":
                    assert note[i - 1][1] != "o", "unmerged o"
                if l == "name":
                    assert not any(w in lst for w in _name_words(t)), t
            text = "".join(t for t, _ in note)
            assert "\n" not in text
            assert 5 <= len(text.split()) <= 45, text
            texts.add(text)
        assert len(texts) == N_NOTES, "duplicate texts"
    counts = {}
    for note in a:
        for t, l in note:
            counts[l] = counts.get(l, 0) + 1
    texts = ["".join(t for t, _ in n) for n in a]
    lower = sum(1 for t in texts if t == t.lower()) / N_NOTES
    nopii = sum(1 for n in a if all(l in ("o", "~") for _, l in n)) / N_NOTES
    upper = sum(1 for n in a if any(l == "name" and t == t.upper() and t != t.lower() for t, l in n)) / N_NOTES
    print("label counts:", dict(sorted(counts.items())))
    print(f"lower-case share: {lower:.3f}  no-PII share: {nopii:.3f}  upper-name share: {upper:.3f}")
    print("templates: PII", sum(map(len, PII_T.values())), "no-PII", sum(map(len, NOPII_T.values())))
    assert lower >= 0.30 and 0.38 <= nopii <= 0.52
    assert sum(map(len, PII_T.values())) >= 60 and sum(map(len, NOPII_T.values())) >= 35
    for k, (g, f) in POOL_NAMES.items():
        assert len(set(g)) >= 40 and len(set(f)) >= 40, k
    r = random.Random(7)
    for n in r.sample(a, 12):
        print(" ", "".join(t for t, _ in n))
        print("    ", [(t, l) for t, l in n if l != "o"])


if __name__ == "__main__":
    _selfcheck()
