"""Blind evaluation set "ah": customer-care notes typed in German, Dutch, French
and Italian at insurance, parcel, energy, bank and telco desks in DE, AT, CH, NL,
BE, FR and IT.  Each note is a list of (text, label) parts.  Standard library only.
"""
import random
import re
import unicodedata

SEED = 48113
N_NOTES = 1000
LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")


def _p(s):
    return s.split("|")


# --------------------------------------------------------------------------
# name pools (given | family), one per naming culture
# --------------------------------------------------------------------------
POOLS = {
    "german": (
        _p("Jürgen|Dieter|Uwe|Heike|Sabine|Birgit|Wolfgang|Gerd|Hannelore|Ingrid|Klaus|Rüdiger|Kerstin|Anke|Dagmar|Gudrun|Helmut|Horst|Jörg|Torsten|Silke|Ulrike|Volker|Wiebke|Frauke|Hartmut|Detlef|Friederike|Lennart|Mattis|Jannik|Malte|Finja|Merle|Gesine|Wilfried|Reinhard|Annegret|Lieselotte|Ottmar|Götz|Karsten|Bärbel|Henning"),
        _p("Schäfer|Krüger|Böhm|Wendt|Hoffmann|Schröder|Zimmermann|Hartmann|Lehmann|Köhler|Brandt|Dietrich|Kühn|Vogel|Fuchs|Jäger|Sommer|Haas|Engel|Voigt|Pohl|Franke|Ebert|Seidel|Thiele|Rößler|Knoll|Brinkmann|Hagedorn|Wöhler|Tiedemann|Oltmanns|Janßen|Ehlers|Behrens|von Tresckow|zu Dohna|von Bülow|von der Heyde|Riedel|Gottschalk|Sauer|Scholz|Wegener"),
    ),
    "austrian": (
        _p("Alois|Leopold|Ferdinand|Johanna|Theresia|Florian|Valentin|Stefanie|Katharina|Roswitha|Hermine|Engelbert|Herta|Gottfried|Rupert|Sepp|Wolfram|Ottilie|Veronika|Kathrin|Sieglinde|Elfriede|Notburga|Kajetan|Vinzenz|Burgi|Hubert|Gernot|Reinhold|Traudl|Irmgard|Leonhard|Magdalena|Bernadette|Ignaz|Christl|Poldi|Korbinian|Hemma|Kunigunde"),
        _p("Huber|Gruber|Pichler|Moser|Steiner|Hofer|Leitner|Berger|Wimmer|Eder|Mayrhofer|Aigner|Brandstätter|Ebner|Schwaiger|Lechner|Auer|Reiter|Egger|Holzer|Strasser|Haslinger|Hinterberger|Oberhauser|Zehetner|Pölzl|Kogler|Wallner|Wieser|Prünster|Plank|Kofler|Gschwandtner|Rauch|Obermüller|Lindinger|Doppler|Mitterer|Hödl|Pühringer"),
    ),
    "swiss": (
        _p("Urs|Beat|Reto|Ueli|Vreni|Regula|Rösli|Silvan|Jürg|Andrin|Nadja|Corinne|Seraina|Gian|Flurina|Cyrill|Fabienne|Ruedi|Käthi|Margrit|Hansruedi|Fridolin|Gaudenz|Linard|Ladina|Mirjam|Livia|Lorenz|Sämi|Res|Pirmin|Corsin|Ursina|Marlies|Balz|Toni|Heiri|Annelies|Madlaina|Jachen"),
        _p("Bühler|Keller|Brunner|Baumann|Frei|Zürcher|Gerber|Widmer|Ammann|Aebischer|Bachmann|Blaser|Egli|Hess|Kälin|Lüthi|Marti|Niederhauser|Rüegg|Schürch|Sutter|Tobler|Wyss|Zbinden|Imhof|Jenni|Odermatt|Sigrist|Vontobel|Zumbühl|Hürlimann|Stucki|Gisler|Casutt|Caflisch|Tschudi|Ryffel|Gnägi|Bösiger|Zwahlen"),
    ),
    "dutch": (
        _p("Joost|Maarten|Sanne|Femke|Bram|Daan|Sem|Thijs|Jeroen|Wouter|Marloes|Anouk|Lieke|Floor|Ilse|Fenna|Noor|Tygo|Gijs|Pim|Sjoerd|Geertje|Kees|Henk|Joke|Truus|Wim|Ineke|Marieke|Willemijn|Roos|Esmée|Jasper|Niels|Koen|Rutger|Bas|Mees|Lotte|Hanneke|Teun|Jorien"),
        _p("de Vries|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|van der Linden|Kok|de Haan|Vermeulen|van den Heuvel|van der Veen|van den Broek|de Bruijn|van Beek|Schouten|Hoekstra|Verhoeven|Koster|Prins|Kuipers|Postma|van 't Hof|Timmermans|Zwart|Huisman|Veenstra|Boersma"),
    ),
    "flemish": (
        _p("Jef|Lieven|Pieter-Jan|Joris|Stijn|Griet|Katrien|Els|Sofie|Ine|Lies|Hanne|Wannes|Warre|Lowie|Fien|Jolien|Dries|Kobe|Seppe|Jens|Tuur|Nand|Jozef|Godelieve|Marleen|Hilde|Gerda|Frieda|Jelle|Jolan|Nele|Evelien|Tine|Gert|Filip|Rik|Mieke|Annemie|Staf|Bavo"),
        _p("Peeters|Janssens|Maes|Mertens|Claes|Goossens|Wouters|De Smet|Van de Velde|Vermeersch|De Clercq|Van Damme|Verstraete|De Backer|Desmet|Vandenberghe|Van Acker|Lambrechts|Verhaegen|De Wilde|Coppens|Hermans|Van Hoof|Cools|Segers|De Cock|Michiels|Pauwels|Claessens|Van Laere|Vanhoutte|Verbeke|Van den Bossche|De Meyer|Baert|Devos|Van Steenkiste|Goethals|Vercammen|Van Rompuy"),
    ),
    "walloon": (
        _p("Jean-Luc|Marie-Claire|Benoît|Ghislain|Thierry|Didier|Pascale|Véronique|Christelle|Jacqueline|Michèle|Arnaud|Cédric|Grégory|Maxime|Florence|Anne-Sophie|Aurore|Laurence|Régine|Quentin|Jérôme|Amandine|Marie-Paule|Ghislaine|Raymond|Freddy|Jean-Pol|Léon|Valérie|Sébastien|Romain|Gaëtan|Damien|Noémie|Coralie|Hélène|Josette|Fernand|Marcelle"),
        _p("Dubois|Lambert|Dupont|Laurent|Leclercq|Renard|Lejeune|Dumont|Collard|Lemaire|Piron|Gilson|Lecomte|Noël|Delvaux|Wauters|Marchal|Jadot|Gérard|Pirard|Bodart|Fontaine|Dethier|Remacle|Thiry|Lhoest|Henrard|Closset|Hanquet|Dubuisson|Legrand|Delhaye|Gillet|Maréchal|Degrève|Dewez|Jacquemin|Bastin|Mahy|Lardinois"),
    ),
    "french": (
        _p("Amélie|Aurélien|Baptiste|Bastien|Clémence|Colette|Gaspard|Héloïse|Hugues|Isaure|Jean-Baptiste|Josiane|Ludovic|Mathilde|Maëlle|Océane|Perrine|Rémi|Solène|Thibault|Yvette|Ysaline|Apolline|Capucine|Margaux|Clotilde|Bérénice|Gwendoline|Lucien|Marcel|Ginette|Pierrick|Sylvain|Stéphane|Joëlle|Françoise|Hervé|Anne-Laure|Timothée|Eudes|Ségolène|Aymeric"),
        _p("Lefebvre|Moreau|Girard|Bonnet|Rousseau|Fournier|Mercier|Guérin|Boyer|Garnier|Chevalier|Faure|Gauthier|Perrin|Clément|Morin|Roussel|Gautier|Masson|Marchand|Duval|Lemoine|Dufour|Meunier|Blanchard|Giraud|Joly|Rivière|Brunet|Gaillard|Barbier|de la Fontaine|de Villiers|Fabre|Aubert|d'Arcy|Lacroix|Poirier|Chauvin|Lemaître|de Montalembert|Vasseur"),
    ),
    "breton": (
        _p("Yann|Gwenaël|Erwan|Loïc|Ronan|Goulven|Tanguy|Maël|Gwendal|Brieuc|Tudal|Corentin|Malo|Armel|Youenn|Riwal|Gurvan|Jakez|Katell|Nolwenn|Gwenola|Maïwenn|Rozenn|Soizic|Morgane|Enora|Aziliz|Klervi|Azenor|Gaëlle|Tifenn|Armelle|Annaïg|Bleuenn|Maela|Solenn|Gwenn|Jaouen|Padrig|Herveig"),
        _p("Le Goff|Le Gall|Le Bihan|Le Roux|Le Floch|Le Guen|Le Corre|Kerguelen|Le Moal|Le Berre|Le Meur|Le Bras|Le Pape|Quéméner|Guivarc'h|Le Calvez|Le Bris|Le Du|Morvan|Riou|Le Gac|Kervella|Le Lay|Cadiou|Le Hir|Prigent|Caradec|Le Scouarnec|Lozac'h|Le Dantec|Guillou|Le Nen|Le Cam|Le Borgne|Kerbrat|Le Men|Nédélec|Tanguy|Le Page|Goasdoué"),
    ),
    "alsatian": (
        _p("Aloïse|Marcel|René|Jean-Marie|Lucien|Antoine|Thiébaut|Florent|Xavier|Frédéric|Rémy|Théo|Bernard|Jean-Claude|Roland|Albert|Eugène|Odile|Adèle|Éliane|Monique|Christiane|Martine|Huguette|Liliane|Marguerite|Ottilie|Mireille|Doris|Clarisse|Irène|Germaine|Solange|Agathe|Bertille|Materne|Florian|Arbogast|Richarde|Attale"),
        _p("Schmitt|Meyer|Muller|Klein|Weber|Kieffer|Ehrhart|Heitz|Haeberlé|Ritter|Lutz|Bauer|Wolff|Roth|Koehler|Jung|Hincker|Burckel|Ostermann|Spindler|Hummel|Grasser|Riehl|Wendling|Schaeffer|Kuntz|Stoeckel|Lang|Trautmann|Freyermuth|Heckel|Jaegle|Stoltz|Ehrhardt|Hertzog|Wurtz|Zimmer|Fritsch|Bleger|Oberlé"),
    ),
    "italian_north": (
        _p("Giovanni|Francesca|Alessandro|Chiara|Matteo|Federica|Lorenzo|Elisa|Davide|Silvia|Stefano|Valentina|Paolo|Simone|Giulia|Roberta|Tommaso|Beatrice|Pietro|Ilaria|Ludovica|Gianluca|Pierluigi|Ettore|Ambrogio|Gianfranco|Luigina|Ornella|Loredana|Mirella|Fiorella|Enrico|Ottavio|Emanuele|Giacomo|Nicolò|Serena|Riccardo|Gianpiero|Bruna|Marisa|Fulvio"),
        _p("Brambilla|Colombo|Ferrari|Bianchi|Galli|Fontana|Rinaldi|Barbieri|Conti|Villa|Sala|Cattaneo|Mariani|Longhi|Pellegrini|Bernasconi|Zanetti|Crippa|Mazza|Bonetti|Pozzi|Gatti|Zanella|Brunetti|Ghezzi|Perego|Fumagalli|Tagliabue|Bertolini|Carraro|Zanon|Furlan|Boscolo|Dal Molin|Dalla Costa|De Marchi|Pavan|Tosi|Negri|Agostini|Sartori|Bottazzi"),
    ),
    "italian_south": (
        _p("Salvatore|Gennaro|Carmela|Concetta|Rosario|Vincenzo|Antonino|Giuseppina|Nunzia|Assunta|Ciro|Pasquale|Gaetano|Carmine|Domenico|Rocco|Raffaele|Immacolata|Filomena|Rosaria|Agata|Calogero|Sebastiano|Santino|Tindaro|Annunziata|Cosimo|Donato|Vito|Rosalba|Grazia|Mimmo|Turi|Pina|Gioacchino|Nicola|Mariangela|Carmelo|Addolorata|Cettina"),
        _p("Esposito|Russo|Romano|De Luca|Ruggiero|Caruso|Greco|Lombardo|Messina|Amato|Santoro|Marino|Gallo|Vitale|Coppola|D'Angelo|Di Stefano|Di Giovanni|La Rosa|Lo Presti|Li Causi|Siciliano|Cannavacciuolo|Iovine|Capuano|Sorrentino|Palumbo|Ferrara|Ricciardi|Napolitano|Gargiulo|Cirillo|Parisi|Longo|Pagano|D'Amico|Scognamiglio|Catalano|Mancuso|Di Maio|Lo Bianco|Cuccurullo"),
    ),
    "sardinian": (
        _p("Efisio|Gavino|Bachisio|Antioco|Sisinnio|Gonario|Giommaria|Nicolino|Peppino|Simplicio|Proto|Lussorio|Saturnino|Priamo|Ignazio|Raimondo|Battista|Tore|Tonio|Pietrino|Graziella|Bonaria|Speranza|Franca|Giovanna|Tonina|Maddalena|Caterina|Gesuina|Itria|Antonella|Mariuccia|Annetta|Filippa|Barore|Luxoria|Mercede|Vittoria|Salvatorica|Giomaria"),
        _p("Piras|Pinna|Serra|Melis|Sanna|Porcu|Mereu|Murgia|Cocco|Deiana|Fadda|Loi|Marras|Mura|Usai|Atzori|Carta|Floris|Lai|Pisano|Sechi|Satta|Puddu|Cossu|Dessì|Obinu|Pintus|Spanu|Tola|Zedda|Manca|Meloni|Contini|Corda|Orrù|Ledda|Casu|Sulis|Figus|Argiolas|Pilia|Farris"),
    ),
    "turkish": (
        _p("Emre|Mehmet|Ayşe|Fatma|Hüseyin|Mustafa|Elif|Zeynep|Burak|Cem|Ercan|Gökhan|Hakan|Kemal|Murat|Oğuz|Serkan|Tuncay|Volkan|Yasemin|Zehra|Gülşen|Hatice|Emine|Derya|Sevgi|Özlem|Büşra|Merve|Ebru|Canan|Selin|Tuğba|Okan|Orhan|Levent|Erdal|Cengiz|Recep|Kaan|Furkan|Berk"),
        _p("Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|Çetin|Kara|Koç|Kurt|Özkan|Şimşek|Polat|Korkmaz|Acar|Güneş|Tekin|Aktaş|Bulut|Keskin|Ünal|Karaca|Uçar|Turan|Sarı|Bozkurt|Uysal|Güler|Yavuz|Erdem|Akın|Coşkun|Tunç|Karadağ"),
    ),
    "kurdish": (
        _p("Azad|Baran|Botan|Diyar|Hejar|Kawa|Rêber|Rizgar|Serhat|Şiyar|Welat|Zana|Ciwan|Delil|Rênas|Agit|Aram|Dilovan|Hozan|Rojhat|Sherko|Soran|Rojda|Berivan|Dilan|Rojin|Zozan|Hêvî|Jiyan|Nazdar|Avesta|Bêrfîn|Dilşa|Gulistan|Helin|Ronahî|Şîlan|Evîn|Viyan|Nergiz|Asmin|Delal"),
        _p("Amedi|Barwari|Zebari|Duhoki|Hawrami|Jaf|Kakai|Mukriyani|Naqshbandi|Rekani|Sindi|Talabani|Xoshnaw|Bamarni|Dizayee|Shingali|Baban|Herki|Mizuri|Surchi|Botani|Bradosti|Ekinci|Akbulut|Demirtaş|Kaplan|Özer|Baysal|Bingöl|Aksoy|Ateş|Kızılkaya|Zengin|Batur|Çiçek|Alkan|Tatar|Dağ|Oral|Sevim"),
    ),
    "maghreb": (
        _p("Youssef|Karim|Rachid|Abdelkader|Hamid|Mustapha|Nordin|Brahim|Khalid|Mounir|Othmane|Soufiane|Bilal|Ayoub|Hicham|Nabil|Redouane|Zakaria|Anouar|Driss|Abdelaziz|Fatima-Zahra|Khadija|Naima|Malika|Samira|Latifa|Houda|Karima|Souad|Zineb|Hafsa|Imane|Ikram|Loubna|Siham|Nawal|Meryem|Chaïma|Djamila|Farida|Ouarda|Kheira|Lakhdar|Mourad|Sofiane|Nassim|Djamel|Lyes|Yacine|Kamel"),
        _p("El Amrani|Benali|Bouzid|El Idrissi|Ouali|Azzouzi|Bakkali|Boukhari|Chahidi|El Fassi|El Khattabi|Lahlou|Tahiri|Ziani|Aït Ahmed|Belkacem|Benaissa|Bouchareb|Chaouch|Cherif|Hamidi|Kaddour|Mansouri|Meziane|Saadi|Slimani|Amrani|Ouahabi|Bouazza|El Yousfi|Aboutaleb|Boulahrouz|Marzouki|Ben Youssef|Zerrouki|Belhadj|Boumediene|Benhamou|Hadjadj|Kebir|Taleb|Sahraoui|Bensalah"),
    ),
    "surinamese": (
        _p("Anand|Shanti|Sunita|Rakesh|Sandeep|Kavita|Vishaal|Radjesh|Soenita|Radjendre|Soeresh|Rishi|Shantie|Indra|Sharmila|Reshma|Varsha|Dewanand|Marciano|Clarence|Winston|Marlon|Xaviera|Gracia|Soeparman|Sarmi|Joko|Wagiman|Soekarni|Pariyem|Sutinah|Kartini|Romano|Errol|Iwan|Ruthmila|Jennifer-Lee|Quincy|Glenda|Ivanildo|Natasja|Ashwin"),
        _p("Ramdin|Ramsaran|Sewdien|Bissessar|Jagessar|Mahabier|Ramlal|Soekhai|Kalloe|Baldew|Ganpat|Sital|Autar|Chotkan|Lachmon|Matabadal|Rampersad|Sardjoe|Doerga|Mangal|Biharie|Gangapersad|Kanhai|Tjon A Fat|Tjin-A-Tsoi|Pinas|Wijngaarde|Abena|Kasanmoentalib|Soemita|Karijodikoro|Kromodimedjo|Sabajo|Pengel|Venetiaan|Doekhie|Zeefuik|Tjong-Ayong|Landveld|Amatmoekrim"),
    ),
    "eritrean": (
        _p("Yonas|Tesfay|Mehari|Kidane|Tekle|Semere|Filmon|Habtom|Mussie|Dawit|Yohannes|Eyob|Biniam|Aron|Amanuel|Senait|Selam|Feven|Luwam|Saba|Yordanos|Ruta|Meron|Freweini|Hiwet|Tsega|Rahel|Winta|Mebrat|Abeba|Almaz|Tirhas|Ghenet|Semhar|Nebiat|Awet|Haben|Merhawi|Yemane|Robel|Natnael"),
        _p("Tesfamariam|Ghebremedhin|Woldemichael|Haile|Berhane|Kahsay|Tekeste|Gebreyesus|Abraha|Asmerom|Mengisteab|Ghebreab|Tewolde|Andemariam|Habtemariam|Zerai|Negash|Okbazghi|Fesshaye|Kiflom|Mesfin|Hagos|Weldu|Gebremeskel|Teklehaimanot|Tsegai|Sium|Estifanos|Berhe|Mehreteab|Woldegiorgis|Ghirmay|Measho|Ogbamichael|Debesai|Fitsum|Russom|Tedros|Tesfu|Araia"),
    ),
    "syrian": (
        _p("Ahmad|Mahmoud|Khaled|Yasser|Ammar|Rami|Samer|Fadi|Maher|Bassam|Majd|Wissam|Hussam|Tarek|Ghassan|Nizar|Firas|Louay|Zaid|Mazen|Anas|Hamza|Obada|Rana|Dima|Reem|Hala|Nour|Ghalia|Rasha|Ruba|Yara|Lama|Maysa|Hiba|Raghad|Alaa|Bushra|Sawsan|Manal|Safaa|Joudi"),
        _p("Al-Hassan|Al-Khatib|Haddad|Khoury|Al-Masri|Al-Halabi|Al-Shami|Darwish|Hamdan|Jaber|Kassem|Mansour|Nasser|Othman|Qassab|Sabbagh|Shaheen|Suleiman|Tahan|Zein|Al-Ahmad|Al-Ali|Al-Homsi|Attar|Barakat|Dabbagh|Ghazal|Hijazi|Kanaan|Najjar|Rifai|Saleh|Al-Jundi|Kayyal|Mahfouz|Moussa|Shukri|Zoubi|Hallak|Jabri|Kurdi|Al-Hariri"),
    ),
    "tamil": (
        _p("Thusyanthan|Kajan|Sutharsan|Pirashanth|Niroshan|Tharshan|Mathusan|Kirushanth|Sinthujan|Vithusan|Sivakumar|Kumaran|Selvam|Murugan|Ganesh|Jeyakumar|Prakash|Saravanan|Nirmala|Kalaivani|Tharshini|Sinthuja|Abirami|Keerthana|Vithusha|Mathumitha|Piratheepa|Thurga|Yalini|Kavitha|Ranjani|Sumathi|Meena|Lakshmi|Vasanthi|Jeyanthi|Nalini|Thamilini|Luxshan|Aravinth"),
        _p("Sivarajah|Thavarajah|Balasubramaniam|Kanagaratnam|Selvarajah|Nadarajah|Paramanathan|Ponnambalam|Rasiah|Sinnathamby|Srinivasan|Subramaniam|Thambiah|Vijayakumar|Yogarajah|Arumugam|Kandiah|Kathiravelu|Mahalingam|Murugesu|Navaratnam|Pathmanathan|Rajaratnam|Sabaratnam|Shanmugam|Sivapalan|Thiruchelvam|Velupillai|Jeyaratnam|Ganeshalingam|Loganathan|Manoharan|Nagalingam|Pararajasingam|Ratnasingam|Sivanesan|Thillainathan|Uthayakumar|Vallipuram|Kumarasamy"),
    ),
    "albanian": (
        _p("Arben|Besnik|Driton|Fatmir|Gëzim|Ilir|Kastriot|Labinot|Mentor|Naim|Petrit|Qëndrim|Shkelzen|Valon|Visar|Arbër|Blerim|Bujar|Dardan|Egzon|Fitim|Liridon|Lulzim|Milot|Agron|Arta|Blerta|Drita|Elira|Fjolla|Gentiana|Jehona|Kaltrina|Lindita|Mimoza|Njomza|Qendresa|Rrezarta|Shqipe|Teuta|Valbona|Vjosa|Albulena|Donjeta|Edona"),
        _p("Krasniqi|Berisha|Gashi|Hoxha|Morina|Shala|Bytyqi|Kastrati|Rexhepi|Hasani|Ahmeti|Kryeziu|Sadiku|Zeka|Thaçi|Haliti|Kelmendi|Dervishi|Islami|Osmani|Selimi|Hyseni|Maloku|Jashari|Bajrami|Gjoka|Lleshi|Murati|Nuhiu|Qerimi|Rugova|Shabani|Sylejmani|Ukaj|Veseli|Xhaka|Zymberi|Behrami|Limani|Avdiu"),
    ),
}

CULTURE_W = {
    "de": {"german": 22, "austrian": 10, "swiss": 10, "turkish": 14, "kurdish": 8, "syrian": 8,
           "eritrean": 6, "albanian": 10, "tamil": 6, "italian_south": 3, "alsatian": 3},
    "nl": {"dutch": 30, "flemish": 18, "maghreb": 14, "surinamese": 14, "turkish": 8,
           "eritrean": 6, "syrian": 6, "kurdish": 3},
    "fr": {"french": 28, "breton": 12, "alsatian": 10, "walloon": 14, "maghreb": 16,
           "eritrean": 5, "tamil": 6, "syrian": 4, "albanian": 3},
    "it": {"italian_north": 30, "italian_south": 28, "sardinian": 16, "albanian": 10,
           "maghreb": 8, "eritrean": 5, "tamil": 3},
}

COUNTRY_W = {"de": (("DE", 6), ("AT", 2), ("CH", 2)), "nl": (("NL", 7), ("BE", 3)),
             "fr": (("FR", 15), ("BE", 3), ("CH", 2)), "it": (("IT", 17), ("CH", 3))}

# --------------------------------------------------------------------------
# places ("~")
# --------------------------------------------------------------------------
CITIES = {
    ("DE", "de"): _p("Berlin|Hamburg|München|Köln|Frankfurt am Main|Stuttgart|Düsseldorf|Leipzig|Dortmund|Essen|Bremen|Dresden|Hannover|Nürnberg|Duisburg|Bochum|Wuppertal|Bielefeld|Bonn|Münster|Mannheim|Karlsruhe|Augsburg|Wiesbaden|Gelsenkirchen|Braunschweig|Kiel|Chemnitz|Aachen|Halle (Saale)|Magdeburg|Freiburg im Breisgau|Krefeld|Mainz|Lübeck|Erfurt|Rostock|Kassel|Offenbach|Gütersloh"),
    ("AT", "de"): _p("Wien|Graz|Linz|Salzburg|Innsbruck|Klagenfurt|Villach|Wels|St. Pölten|Dornbirn|Steyr|Leoben|Bregenz|Wiener Neustadt"),
    ("CH", "de"): _p("Zürich|Bern|Basel|Luzern|St. Gallen|Winterthur|Biel|Thun|Chur|Aarau|Olten|Zug|Schaffhausen|Baden"),
    ("NL", "nl"): _p("Amsterdam|Rotterdam|Den Haag|Utrecht|Eindhoven|Tilburg|Groningen|Almere|Breda|Nijmegen|Apeldoorn|Haarlem|Arnhem|Enschede|Zaandam|'s-Hertogenbosch|Amersfoort|Zwolle|Leiden|Maastricht|Dordrecht|Delft|Alkmaar|Leeuwarden|Venlo|Schiedam"),
    ("BE", "nl"): _p("Antwerpen|Gent|Brugge|Leuven|Mechelen|Aalst|Kortrijk|Hasselt|Oostende|Sint-Niklaas|Genk|Roeselare|Turnhout|Lier"),
    ("BE", "fr"): _p("Bruxelles|Liège|Charleroi|Namur|Mons|La Louvière|Tournai|Verviers|Seraing|Arlon|Wavre|Ottignies|Nivelles"),
    ("FR", "fr"): _p("Paris|Marseille|Lyon|Toulouse|Nice|Nantes|Strasbourg|Montpellier|Bordeaux|Lille|Rennes|Reims|Le Havre|Saint-Étienne|Toulon|Grenoble|Dijon|Angers|Nîmes|Brest|Quimper|Mulhouse|Colmar|Metz|Tours|Limoges|Clermont-Ferrand|Perpignan|Besançon|Orléans|Rouen|Caen|Vannes|Lorient|Saint-Brieuc|Roubaix|Villeurbanne"),
    ("CH", "fr"): _p("Genève|Lausanne|Fribourg|Neuchâtel|Sion|Montreux|Yverdon-les-Bains|Nyon|Delémont"),
    ("IT", "it"): _p("Roma|Milano|Napoli|Torino|Palermo|Genova|Bologna|Firenze|Bari|Catania|Venezia|Verona|Messina|Padova|Trieste|Brescia|Parma|Taranto|Prato|Modena|Reggio Calabria|Cagliari|Sassari|Nuoro|Bergamo|Monza|Salerno|Lecce|Trento|Bolzano|Oristano|Caserta"),
    ("CH", "it"): _p("Lugano|Bellinzona|Locarno|Mendrisio|Chiasso|Biasca"),
}
PROV = {"Roma": "RM", "Milano": "MI", "Napoli": "NA", "Torino": "TO", "Palermo": "PA", "Genova": "GE",
        "Bologna": "BO", "Firenze": "FI", "Bari": "BA", "Catania": "CT", "Venezia": "VE", "Verona": "VR",
        "Messina": "ME", "Padova": "PD", "Trieste": "TS", "Brescia": "BS", "Parma": "PR", "Taranto": "TA",
        "Prato": "PO", "Modena": "MO", "Reggio Calabria": "RC", "Cagliari": "CA", "Sassari": "SS",
        "Nuoro": "NU", "Bergamo": "BG", "Monza": "MB", "Salerno": "SA", "Lecce": "LE", "Trento": "TN",
        "Bolzano": "BZ", "Oristano": "OR", "Caserta": "CE"}

STREETS = {
    "de_DE": _p("Hauptstr.|Bahnhofstr.|Lindenstraße|Goethestr.|Schillerstraße|Gartenweg|Am Mühlbach|Birkenweg|Kirchgasse|Bergstraße|Rosenstr.|Dorfstraße|Friedrich-Ebert-Str.|Karl-Marx-Allee|Ringstraße|Am Anger|Schulstr.|Feldweg|Waldstraße|Wilhelmstr.|Kastanienallee|Eichendorffweg|Kölner Str.|Im Wiesengrund|Sonnenhang|Auf der Heide|Mittelweg|Lange Reihe"),
    "de_AT": _p("Mariahilfer Str.|Hauptplatz|Mozartgasse|Landstraßer Hauptstr.|Wiener Str.|Kirchengasse|Bahnhofstraße|Schulgasse|Linzer Str.|Herrengasse|Favoritenstr.|Lerchenfelder Gürtel|Anichstraße"),
    "de_CH": _p("Bahnhofstrasse|Dorfstrasse|Seestrasse|Kirchweg|Hauptgasse|Zürcherstrasse|Bernstrasse|Badenerstrasse|Rosenweg|Schulhausstrasse|Industriestrasse|Poststrasse|Gartenstrasse"),
    "nl_NL": _p("Kerkstraat|Dorpsstraat|Molenweg|Stationsweg|Schoolstraat|Julianalaan|Beatrixstraat|Wilhelminastraat|Prinsengracht|Keizersgracht|Hoofdstraat|Lindenlaan|Kastanjelaan|Nieuwstraat|Burg. de Withstraat|Oranjeplein|Vondelstraat|Rembrandtlaan|Kapelstraat|Van Goghstraat|Irisstraat|Graaf Florislaan|Zeeweg"),
    "nl_BE": _p("Kerkstraat|Stationsstraat|Grote Markt|Leuvensesteenweg|Veldstraat|Kapelstraat|Molenstraat|Schoolstraat|Nieuwstraat|Dorpsstraat|Kortrijksesteenweg|Brusselsesteenweg|Lindelaan|Meir"),
    "fr_FR": _p("rue des Lilas|rue de la Paix|av. Jean Jaurès|bd Voltaire|allée des Tilleuls|impasse du Moulin|place de la République|chemin des Vignes|rue Victor Hugo|rue du Général Leclerc|av. de la Gare|rue Pasteur|quai des Chartrons|rue de Siam|rue du Marché|rue des Écoles|bd de la Liberté|rue Nationale|av. du Maréchal Foch|rue Saint-Jacques|rte de Lyon|rue des Acacias"),
    "fr_BE": _p("rue de la Station|avenue Louise|chaussée de Waterloo|rue Saint-Gilles|rue du Pont|place du Marché|rue de l'Église|chaussée de Liège|rue Haute|rue des Déportés"),
    "fr_CH": _p("rue du Marché|ch. des Crêts|av. de la Gare|rue de Lausanne|rte de Berne|rue du Rhône|ch. de la Colline|rue Centrale"),
    "it_IT": _p("via Roma|via Giuseppe Garibaldi|via Mazzini|c.so Vittorio Emanuele II|p.za Duomo|v.le Europa|via dei Mille|via San Francesco|vicolo Stretto|via XX Settembre|largo Augusto|via Nazionale|corso Umberto I|via Marconi|via Cavour|via Dante Alighieri|via delle Rose|via Toledo|via Libertà|v.le della Repubblica|via Sassari|p.zza Garibaldi"),
    "it_CH": _p("via Nassa|via Cantonale|via San Gottardo|via Lugano|via Serafino Balestra|via Motta|p.za Indipendenza"),
}

# --------------------------------------------------------------------------
# ordinary material ("o")
# --------------------------------------------------------------------------
O = {
    "de": {
        "brand_energy": _p("E.ON|EnBW|Vattenfall|Stadtwerke München|Wien Energie|EWZ|Yello|LichtBlick|EVN|Mainova|RheinEnergie|Verbund"),
        "brand_telco": _p("Telekom|Vodafone|O2|1&1|A1|Magenta|Swisscom|Sunrise|Salt|congstar|Drei|Unitymedia"),
        "brand_parcel": _p("DHL|Hermes|DPD|GLS|UPS|Österreichische Post|Post CH|Amazon Logistics|GO!"),
        "brand_bank": _p("Sparkasse|Volksbank|Commerzbank|Deutsche Bank|ING|Erste Bank|Raiffeisen|PostFinance|N26|UBS|comdirect|DKB"),
        "brand_ins": _p("Allianz|HUK-Coburg|ERGO|DEVK|Generali|AXA|Die Mobiliar|Helvetia|Uniqa|Wiener Städtische|R+V|Zurich"),
        "team": _p("2nd Level|Backoffice|Team Schaden|Beschwerdemanagement|Forderungsmanagement|Team Umzug|Fachabteilung Abrechnung|Technik-Hotline|Qualitätsteam|Social Media Team"),
        "day": _p("Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Mo|Di|Mi|Do|Fr|morgen|übermorgen"),
        "month": _p("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Monatsende|Quartalsende"),
        "plan": _p("MagentaMobil L|GigaZuhause 250|Ökostrom Flex 24|Red Unlimited|Kfz Komfort|Hausrat Plus|Girokonto Smart|Strom Basis 12|Young M|Gas Fix 24|inOne mobile"),
        "time": ["{h}:{m}", "{h} Uhr", "{h}:{m} Uhr", "ab {h} Uhr", "vor {h}:{m}"],
        "prod": _p("FRITZ!Box 7590|Smart Meter|Wallbox|Glasfaseranschluss|eSIM|Girocard|Wärmepumpentarif|Paketstation|Packstation|Kreditkarte Gold|Balkonkraftwerk|TV-Box"),
        "app": _p("Mein Vodafone App|MeinMagenta App|DHL App|Sparkasse App|Kundenportal|Online-Banking|myA1|HUK App|Meine Allianz"),
    },
    "nl": {
        "brand_energy": _p("Eneco|Essent|Vattenfall|Greenchoice|Budget Energie|Engie|Luminus|Fluvius|Energiedirect|Frank Energie"),
        "brand_telco": _p("KPN|Ziggo|Odido|Proximus|Telenet|Orange Belgium|Simyo|Tele2|Youfone|Scarlet|Delta"),
        "brand_parcel": _p("PostNL|bpost|DHL|DPD|GLS|Budbee|Trunkrs|UPS"),
        "brand_bank": _p("ING|Rabobank|ABN AMRO|SNS|bunq|KBC|Belfius|Argenta|ASN Bank|Triodos|BNP Paribas Fortis"),
        "brand_ins": _p("Achmea|Centraal Beheer|Nationale-Nederlanden|FBTO|Interpolis|Ethias|AG Insurance|Baloise|Zilveren Kruis|Allianz"),
        "team": _p("2e lijn|backoffice|afdeling Facturatie|team Schade|klachtenteam|incasso|team Verhuizen|webcare|technische dienst|kwaliteitsteam"),
        "day": _p("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|ma|di|wo|do|vr|morgen|overmorgen"),
        "month": _p("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|eind van de maand"),
        "plan": _p("Alles-in-1 Basis|Unlimited 5G|Vast 3 jaar|Variabel Groen|Internet Start|Sim Only 20GB|Allrisk Plus|Betaalrekening Basic|Comfort Pakket|Flex Zakelijk"),
        "time": ["{h}:{m}", "{h}.{m}", "{h}:{m} uur", "na {h} uur", "voor {h}.{m}"],
        "prod": _p("slimme meter|Ziggo Mediabox|Experia Box v10|Telenet Modem|warmtepomp|laadpaal|pinpas|creditcard|pakketautomaat|thuisbatterij|eSIM|glasvezel"),
        "app": _p("Mijn KPN app|Mijn Ziggo app|PostNL app|ING app|Rabo app|Mijn Eneco|itsme|KBC Mobile|Mijn Essent"),
    },
    "fr": {
        "brand_energy": _p("EDF|Engie|TotalEnergies|Ekwateur|Enedis|GRDF|Luminus|Romande Energie|SIG|ES Énergies"),
        "brand_telco": _p("Orange|SFR|Bouygues Telecom|Free|Sosh|RED by SFR|Proximus|VOO|Swisscom|Salt|B&You"),
        "brand_parcel": _p("La Poste|Colissimo|Chronopost|Mondial Relay|Relais Colis|DPD|GLS|bpost|Poste CH|UPS"),
        "brand_bank": _p("BNP Paribas|Crédit Agricole|Société Générale|LCL|Caisse d'Épargne|Crédit Mutuel|La Banque Postale|Boursorama|Belfius|BCV|Banque Cantonale de Genève"),
        "brand_ins": _p("MAIF|MACIF|AXA|Groupama|Matmut|MMA|Allianz|Ethias|La Mobilière|Generali|GMF"),
        "team": _p("N2|back-office|service réclamations|pôle sinistres|service recouvrement|équipe déménagement|service facturation|support technique|cellule qualité|service client pro"),
        "day": _p("lundi|mardi|mercredi|jeudi|vendredi|samedi|lun.|mar.|mer.|jeu.|ven.|demain|après-demain"),
        "month": _p("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|fin du mois"),
        "plan": _p("Forfait 100 Go|Tarif Bleu|Zen Fixe|Livebox Fibre|Freebox Pop|Formule Tous Risques|Offre Online|Essentiel Plus|Bbox Must|Forfait 5G 200 Go"),
        "time": ["{h}h{m}", "{h}h", "vers {h}h", "avant {h}h{m}", "{h}:{m}"],
        "prod": _p("compteur Linky|Livebox 6|Freebox Ultra|Bbox|carte Visa Premier|borne de recharge|pompe à chaleur|point relais|carte SIM|décodeur TV|fibre|eSIM"),
        "app": _p("appli Orange et moi|Espace Client|appli La Poste|appli Ma Banque|MySFR|appli EDF & Moi|itsme|appli MAIF"),
    },
    "it": {
        "brand_energy": _p("Enel Energia|A2A|Edison|Hera|Iren|Sorgenia|Eni Plenitude|Acea|E.ON Italia|AIL"),
        "brand_telco": _p("TIM|WindTre|Vodafone|Iliad|Fastweb|ho.|Kena|Very Mobile|Swisscom|Sky Wifi"),
        "brand_parcel": _p("Poste Italiane|SDA|BRT|GLS|DHL|Nexive|Poste CH|UPS|InPost"),
        "brand_bank": _p("Intesa Sanpaolo|UniCredit|BPER|Banco BPM|Fineco|Poste BancoPosta|Monte dei Paschi|Mediolanum|BancaStato|Hype"),
        "brand_ins": _p("Generali|UnipolSai|Allianz|Reale Mutua|Cattolica|Poste Vita|AXA|Zurich|Vittoria Assicurazioni|Sara"),
        "team": _p("secondo livello|back office|ufficio sinistri|ufficio reclami|recupero crediti|team traslochi|ufficio fatturazione|assistenza tecnica|team qualità|social care"),
        "day": _p("lunedì|martedì|mercoledì|giovedì|venerdì|sabato|lun|mar|mer|gio|ven|domani|dopodomani"),
        "month": _p("gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|fine mese"),
        "plan": _p("Placet Fissa|TIM Premium|Iliad Giga 150|Fastweb Casa|Super Fibra|RCA Base|Kasko Plus|Conto XME|WindTre Go 5G|Luce Flex|Offerta Casa Sicura"),
        "time": ["{h}:{m}", "alle {h}", "verso le {h}", "entro le {h}:{m}", "ore {h}.{m}"],
        "prod": _p("contatore 2G|TIM HUB+|modem Fastweb NeXXt|carta Postepay|wallbox|pompa di calore|SIM dati|decoder Sky|fibra FTTH|locker|eSIM|Fritzbox"),
        "app": _p("app MyTIM|app Poste Italiane|app BancoPosta|area clienti|app Intesa|app WindTre|app Enel|SPID|app UnipolSai"),
    },
}
SYS = _p("SAP|Salesforce|Genesys|Siebel|ServiceNow|Zendesk|CRM|SAP IS-U|Five9|Teams|Outlook|Jira|ticketing")
MODELS = _p("FRITZ!Box 7530|Livebox 6|Experia Box v10|TIM HUB+|Connect Box|Internet-Box 4|Bbox WiFi 6|Freebox Pop|Speedport Smart 4|H369A|Zyxel VMG8825|iPhone 15|Galaxy S23|Pixel 8")

EMAIL_DOM = {"DE": _p("gmx.de|web.de|t-online.de|gmail.com|outlook.de|posteo.de|freenet.de"),
             "AT": _p("gmx.at|aon.at|chello.at|gmail.com|a1.net"),
             "CH": _p("bluewin.ch|gmx.ch|hispeed.ch|gmail.com|sunrise.ch"),
             "NL": _p("ziggo.nl|kpnmail.nl|hotmail.com|gmail.com|outlook.com|home.nl|planet.nl"),
             "BE": _p("telenet.be|skynet.be|proximus.be|gmail.com|hotmail.be|outlook.be"),
             "FR": _p("orange.fr|free.fr|laposte.net|hotmail.fr|gmail.com|sfr.fr|wanadoo.fr"),
             "IT": _p("libero.it|virgilio.it|alice.it|gmail.com|tiscali.it|hotmail.it|tim.it")}

MONTHS_FULL = {
    "de": _p("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"),
    "nl": _p("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"),
    "fr": _p("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"),
    "it": _p("gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"),
}
DOB_CUE = {"de": _p("geb.|Geburtsdatum:|geb. am|GebDat|Geb.-Datum"),
           "nl": _p("geboren op|geb.|geb.datum|geboortedatum:|gebdat"),
           "fr": _p("né le|née le|DDN|date de naissance:|né(e) le|d.o.b"),
           "it": _p("nato il|nata il|data di nascita|d.n.|nato/a il")}

TITLES = {"de": _p("Hr.|Herr|Fr.|Frau|Frau Dr.|Herrn|Dr."),
          "nl": _p("dhr.|mevr.|mw.|meneer|mevrouw|dhr|mevr"),
          "fr": _p("M.|Mme|Mlle|Monsieur|Madame|Me|Dr"),
          "it": _p("sig.|sig.ra|Sig.|Sig.ra|dott.|dott.ssa|avv.")}

# --------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------
PII_T = {
    "de": [
        "Kd. {name} ruft wg. {brand_energy} Abschlag an, neue Nr. {phone}, bitte Rückruf {day}",
        "{title} {fam} hat angerufen wg. Zählerstand, RR unter {phone} erbeten",
        "{title} {fam} meldet Umzug zum {day}, neue Adresse: {addr}, {pc} {city}",
        "{name} | {email} | Vertrag {plan} | Kündigung zum {month} gewünscht",
        "Kundin {name}, {dobc}, möchte SEPA-Mandat ändern, neue IBAN {iban}",
        "spoke to {given}, Paket liegt in Filiale {city}, Sendungsnr. {track}",
        "{sfn} - Schadenmeldung Kfz, Police {policy}, Rückruf unter {phone}",
        "Kunde {name} (Kd-Nr. {custno}) beschwert sich über {brand_telco} Rechnung {amt}",
        "bitte Adresse korrigieren: {addr}, {pc} {city} statt alter Anschrift, thx",
        "{natid} fehlt noch im Antrag von {title} {fam}, Unterlagen per Mail an {email}",
        "danke an {given} aus dem {team} für die schnelle Hilfe! lg",
        "Kartenzahlung abgelehnt, Karte {card}, Kunde {name} informiert, soll {brand_bank} anrufen",
        "Login von IP {ip} gesperrt, Kundin {name} bestätigt dass sie das war",
        "{dobc} stimmt nicht mit Ausweis überein, {name} schickt Kopie b4 {day}",
        "{poss} Rückruf verpasst, nochmal versuchen {time}, Tel {phone}",
        "{title} {fam} will Tarifwechsel auf {plan}, Bestätigung an {email}",
        "Profil-Link {url} an {team} weitergeleitet, Kunde {name} wartet auf Antwort",
        "cx {name} {dobc}, wohnhaft {addr}, {pc} {city}, Identität geprüft",
        "Zustellung an Nachbarn {fam}, {addr} lt. Fahrer, Kunde nicht informiert",
        "Rückbuchung auf {iban}, Kontoinhaber {name}, Betrag {amt}",
        "VG {given} / {team} / Frühschicht {day}, erreichbar {time}",
        "Anrufer {name} fragt nach Stand Schadenfall, Versicherungsschein {policy}, {natid}",
        "Kunde hat auf Insta als {handle} gepostet, {team} übernimmt, pls kein Rückruf",
        "Tel. {phone} gehört laut Kunde zu Ehefrau {given}, nicht mehr anrufen",
        "{name} ruft zum 3. Mal an wg. Paket {track}, sehr verärgert",
    ],
    "nl": [
        "klant {name} belt over {brand_energy} jaarafrekening, terugbellen op {phone}",
        "{title} {fam} verhuist per {day}, nieuw adres {addr}, {pc} {city}",
        "{title} {fam}, {dobc}, {natid} gecontroleerd, ok",
        "{name} | {email} | abonnement {plan} opzeggen per {month}",
        "pakket {track} ligt bij de buren op {addr}, klant {given} gebeld",
        "IBAN gewijzigd naar {iban} op verzoek van {name}",
        "gesproken met {given} ivm storing {prod}, klantnr {custno}",
        "{poss} wachtwoord gereset, login vanaf {ip} geblokkeerd",
        "klantnr {custno} - {name} wil betalingsregeling, zie notitie vorige week",
        "{sfn}: schademelding woonhuis, polis {policy}, bellen na {time}",
        "bedankt {given} van {team} voor het meedenken!",
        "creditcard {card} geweigerd bij {brand_bank}, cx {name} belt zelf de bank",
        "{title} {name} stuurt kopie ID naar {email} vóór {day}",
        "link naar profiel {url} toegevoegd aan dossier van {title} {fam}",
        "{name} {dobc}, wonend {addr}, {pc} {city}, identificatie ok",
        "groetjes {given}, {team}, bereikbaar {day} {time}",
        "beller {name} wil weten waarom {amt} is afgeschreven, {natid} geverifieerd",
        "cust reageert via Insta {handle}, webcare pakt het op, geen tb nodig",
        "nieuw mobiel nr {phone} doorgeven aan {team} svp, klant {given}",
        "{name} belt voor de 3e keer over pakket {track}, erg boos",
        "adres klopt niet: {addr} ipv oud adres, postcode {pc}, aangepast in {sys}",
        "cx {fam} heeft al {brand_telco} gebeld, vast nr is nu {phone}, graag nagaan",
    ],
    "fr": [
        "{title} {fam} appelle pour relevé compteur {brand_energy}, rappeler au {phone}",
        "{title} {fam} déménage le {day}, nouvelle adresse {addr}, {pc} {city}",
        "cliente {name} {dobc}, {natid} vérifié, dossier complet",
        "{name} / {email} / forfait {plan} / résiliation fin {month}",
        "colis {track} déposé chez le voisin {fam}, {addr}",
        "RIB modifié, nouvel IBAN {iban} au nom de {name}",
        "vu avec {given} pour la panne {prod}, réf. client {custno}",
        "{sfn} - déclaration sinistre dégât des eaux, contrat {policy}",
        "merci à {given} du {team} pour le coup de main, bonne soirée",
        "CB {card} refusée, cliente {name} prévenue par tél",
        "connexion suspecte depuis {ip}, {title} {name} confirme que ce n'est pas elle",
        "rappel de {given} demain {time} au {phone} stp",
        "{title} {fam} veut passer à l'offre {plan}, confirmation par mail {email}",
        "profil {url} transmis au {team}, client {name} attend retour",
        "cdt, {given} - {team}",
        "appel de {name} au sujet du prélèvement de {amt}, n° client {custno}",
        "le client {name}, {dobc}, habite {addr}, {pc} {city}, identité ok",
        "le client a posté sur X sous {handle}, {team} prend le relais, pas de rappel",
        "nouveau numéro {phone} à noter pour {title} {fam}, l'ancien ne marche plus",
        "{name} rappelle pour la 3e fois pour le colis {track}, très mécontent",
        "pb adresse de livraison: {addr}, {pc} {city}, corrigé dans {sys}",
        "demande de {title} {fam}: changer le titulaire du contrat {policy}, {natid}",
    ],
    "it": [
        "{title} {fam} chiama per lettura contatore {brand_energy}, richiamare al {phone}",
        "{title} {fam} trasloco dal {day}, nuovo indirizzo {addr}, {pc} {city} ({prov})",
        "cliente {name} {dobc}, {natid} verificato",
        "{name} - {email} - offerta {plan} - disdetta da {month}",
        "pacco {track} consegnato al vicino {fam}, {addr}",
        "nuovo IBAN {iban} intestato a {name}, addebito da {month}",
        "sentito {given} per guasto {prod}, cod. cliente {custno}",
        "pratica {name_ff}, sinistro auto, polizza {policy}, richiamare dopo {time}",
        "grazie {given} ({team}) per l'aiuto, top",
        "carta {card} rifiutata, cliente {name} avvisato, deve chiamare {brand_bank}",
        "accesso sospetto da IP {ip}, la {title} {name} conferma che non era lei",
        "{dobc} non corrisponde al documento, {name} manda copia entro {day}",
        "{title} {fam} vuole passare a {plan}, conferma via mail a {email}",
        "link profilo {url} inoltrato al {team}, cliente {name} in attesa",
        "{sfn} - cambio intestazione utenza, {natid}",
        "saluti, {given} - {team} - in turno {day} {time}",
        "il cliente {name_ff}, residente in {addr}, {pc} {city}, chiede voltura",
        "cliente scrive su IG come {handle}, se ne occupa {team}, no richiamata",
        "nuovo cell {phone} da aggiornare in anagrafica, cliente {given}",
        "{name} chiama per la terza volta per il pacco {track}, molto arrabbiato",
        "addebito di {amt} contestato da {title} {fam}, cod. cliente {custno}",
        "{name} {dobc}, {addr}, {pc} {city} ({prov}), identità ok",
    ],
}

NOPII_T = {
    "de": [
        "{brand_telco} Störung in {city}, {num} Anrufe seit {time}, Ticket an {team} eskaliert",
        "Kunde fragt nach {prod}, Lieferzeit ca. {num} Werktage, Info gegeben",
        "Abschlag von {amt} auf {amt} angepasst, Zählerwechsel am {day}",
        "Sendung hängt im Paketzentrum {city} fest, {brand_parcel} Nachforschung gestartet",
        "fyi: {sys} wieder langsam, Screenshots ans IT-Team, Workaround über {app}",
        "Kündigung Tarif {plan} zum {month} bestätigt, Wechsel zu {brand_energy}",
        "Glasbruch, Selbstbeteiligung {amt}, Gutachter von {brand_ins} kommt {day} {time}",
        "Rückruf n/a, Mailbox voll, nochmal {day} {time} probieren",
        "Router {model} getauscht, Versand per {brand_parcel}, Aktivierung ab {time}",
        "Meeting {team} {day} {time} wg. neuer Prozesse im {sys}, bitte alle teilnehmen",
        "Kontoeröffnung bei {brand_bank} über {app} hängt beim VideoIdent, Kunde versucht es {day} nochmal",
        "cx wollte nur wissen ob {prod} auch in {city} geht, ja, {amt} mtl.",
    ],
    "nl": [
        "storing {brand_telco} in regio {city}, al {num} meldingen sinds {time}",
        "klant vraagt naar {prod}, levertijd {num} werkdagen, uitgelegd",
        "voorschot verhoogd van {amt} naar {amt}, slimme meter {day} geplaatst",
        "pakket blijft hangen in sorteercentrum {city}, navraag bij {brand_parcel}",
        "fyi {sys} ligt er weer uit, werken via {app} tot nader order",
        "opzegging {plan} per {month} bevestigd, overstap naar {brand_energy}",
        "glasschade, eigen risico {amt}, expert van {brand_ins} komt {day} om {time}",
        "tb n/a, voicemail, {day} {time} opnieuw proberen",
        "modem {model} vervangen, verzonden met {brand_parcel}, activatie {time}",
        "overleg {team} {day} {time} over nieuwe werkwijze in {sys}",
        "cust wil rekening openen bij {brand_bank} maar {app} crasht, {num}e poging, advies: update",
    ],
    "fr": [
        "panne {brand_telco} secteur {city}, {num} appels depuis {time}, escaladé au {team}",
        "client demande infos sur {prod}, délai {num} jours ouvrés",
        "mensualité passée de {amt} à {amt}, pose compteur Linky {day}",
        "colis bloqué au centre de tri de {city}, enquête ouverte chez {brand_parcel}",
        "fyi {sys} rame encore, passer par {app} en attendant",
        "résiliation {plan} au {month} confirmée, part chez {brand_energy}",
        "bris de glace, franchise {amt}, expert {brand_ins} passe {day} à {time}",
        "rappel n/a, messagerie pleine, retenter {day} {time}",
        "box {model} remplacée, envoi {brand_parcel}, activation {time}",
        "réunion {team} {day} {time} nouvelles procédures {sys}",
        "ouverture de compte {brand_bank} bloquée sur {app}, le client réessaie {day}",
    ],
    "it": [
        "guasto {brand_telco} zona {city}, {num} chiamate dalle {time}, scalato a {team}",
        "cliente chiede info su {prod}, consegna in {num} giorni lavorativi",
        "rata passata da {amt} a {amt}, sostituzione contatore {day}",
        "pacco fermo al centro di smistamento di {city}, aperto reclamo {brand_parcel}",
        "fyi {sys} lentissimo, usare {app} nel frattempo",
        "disdetta {plan} da {month} confermata, passa a {brand_energy}",
        "cristalli rotti, franchigia {amt}, perito {brand_ins} passa {day} {time}",
        "richiamata n/a, segreteria piena, riprovare {day} {time}",
        "modem {model} sostituito, spedito con {brand_parcel}, attivazione {time}",
        "riunione {team} {day} {time} su nuove procedure {sys}",
        "apertura conto {brand_bank} bloccata su {app}, cliente riprova {day}, {num} tentativi",
    ],
}

_SLOT = re.compile(r"\{(\w+)\}")
_SPLIT = re.compile(r"[\s\-'\u2019.]+")


def _fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _ascii(s):
    return re.sub(r"[^a-z0-9]", "", _fold(s).replace("ı", "i").replace("ß", "ss"))


def _mod97_iban(cc, bban):
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    return "%02d" % (98 - int(num) % 97)


def _luhn_complete(digits):
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return digits + str((10 - total % 10) % 10)


class _Gen:
    def __init__(self, rng):
        self.r = rng

    def d(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def person(self, lang):
        w = CULTURE_W[lang]
        cult = self.r.choices(list(w), weights=list(w.values()))[0]
        giv, fam = POOLS[cult]
        g = self.r.choice(giv)
        if cult in ("french", "walloon", "alsatian", "italian_north", "italian_south") and self.r.random() < 0.08:
            g2 = self.r.choice(giv)
            if g2 != g and "-" not in g + g2:
                g = g + ("-" if cult in ("french", "walloon", "alsatian") else " ") + g2
        return cult, g, self.r.choice(fam)

    # --- PII formats ------------------------------------------------------
    def phone(self, cc):
        r = self.r
        d = self.d
        f = {
            "DE": [lambda: "+49 1%s %s" % (r.choice(["51", "52", "60", "62", "70", "76"]), d(8)),
                   lambda: "01%s %s" % (r.choice(["51", "57", "60", "71", "76"]), d(7)),
                   lambda: "0%s %s" % (r.choice(["30", "40", "89", "221", "69", "711"]), d(7)),
                   lambda: "+49 (0)%s %s-%s" % (r.choice(["30", "40", "89"]), d(4), d(3))],
            "AT": [lambda: "+43 6%s %s" % (r.choice(["64", "60", "76", "99"]), d(7)),
                   lambda: "06%s %s %s %s" % (r.choice(["64", "76", "99"]), d(3), d(2), d(2)),
                   lambda: "01 %s" % d(7)],
            "CH": [lambda: "+41 7%s %s %s %s" % (r.choice("6789"), d(3), d(2), d(2)),
                   lambda: "07%s %s %s %s" % (r.choice("6789"), d(3), d(2), d(2)),
                   lambda: "0%s %s %s %s" % (r.choice(["44", "31", "61", "22", "91"]), d(3), d(2), d(2))],
            "NL": [lambda: "+31 6 %s" % d(8), lambda: "06-%s" % d(8), lambda: "06 %s %s" % (d(4), d(4)),
                   lambda: "0%s %s %s" % (r.choice(["20", "10", "30", "70"]), d(3), d(4))],
            "BE": [lambda: "+32 4%s %s %s %s" % (r.choice(["70", "75", "85", "95"]), d(2), d(2), d(2)),
                   lambda: "04%s/%s.%s.%s" % (r.choice(["70", "77", "86", "98"]), d(2), d(2), d(2)),
                   lambda: "0%s %s %s %s" % (r.choice(["2", "3", "9", "4"]), d(3), d(2), d(2))],
            "FR": [lambda: "+33 %s %s %s %s %s" % (r.choice("67"), d(2), d(2), d(2), d(2)),
                   lambda: "0%s %s %s %s %s" % (r.choice("67"), d(2), d(2), d(2), d(2)),
                   lambda: "0%s.%s.%s.%s.%s" % (r.choice("1234567"), d(2), d(2), d(2), d(2)),
                   lambda: "0%s%s" % (r.choice("67"), d(8))],
            "IT": [lambda: "+39 3%s %s %s" % (d(2), d(3), d(4)), lambda: "3%s %s" % (d(2), d(7)),
                   lambda: "0%s %s" % (r.choice(["2", "6", "81", "11", "91"]), d(7)),
                   lambda: "+39 3%s%s" % (d(2), d(7))],
        }[cc]
        return r.choice(f)()

    def email(self, cc, g, f):
        r = self.r
        g1 = _ascii(g.split()[0].split("-")[0])
        ff = _ascii(f)
        y = str(r.randint(55, 99)) if r.random() < 0.5 else str(r.randint(1955, 2004))
        local = r.choice([g1 + "." + ff, g1[0] + ff, g1 + "_" + ff + y[-2:], ff + "." + g1[0],
                          g1 + ff + y, g1 + "." + ff + y[-2:], ff + g1[:3]])
        return local + "@" + r.choice(EMAIL_DOM[cc])

    def card(self):
        r = self.r
        if r.random() < 0.12:
            n = _luhn_complete(r.choice(["34", "37"]) + self.d(12))
            return "%s %s %s" % (n[:4], n[4:10], n[10:])
        pre = r.choice(["4", "5" + r.choice("12345")])
        n = _luhn_complete(pre + self.d(15 - len(pre)))
        sep = r.choice([" ", " ", "-", ""])
        return sep.join(n[i:i + 4] for i in range(0, 16, 4))

    def iban(self, cc):
        r = self.r
        bban = {"DE": lambda: self.d(18), "AT": lambda: self.d(16), "CH": lambda: self.d(17),
                "NL": lambda: r.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO", "BUNQ", "ASNB"]) + self.d(10),
                "BE": lambda: self.d(12), "FR": lambda: self.d(23),
                "IT": lambda: r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + self.d(22)}[cc]()
        s = cc + _mod97_iban(cc, bban) + bban
        if r.random() < 0.65:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def ip(self):
        r = self.r
        if r.random() < 0.15:
            return "2a02:%x:%x::%x" % (r.randint(0x1000, 0xffff), r.randint(0x10, 0xffff), r.randint(1, 0xfff))
        return "%d.%d.%d.%d" % (r.choice([62, 77, 78, 79, 80, 81, 82, 84, 85, 87, 91, 93, 94, 109, 145, 178, 185, 188, 212, 213, 217]),
                                r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

    def url(self, g, f):
        r = self.r
        slug = _ascii(g.split()[0]) + r.choice([".", "_", ""]) + _ascii(f)
        return r.choice([
            "https://www.facebook.com/" + slug,
            "https://www.instagram.com/" + slug + str(r.randint(1, 99)),
            "https://www.linkedin.com/in/" + slug + "-" + self.d(3),
            "https://crm.intern/kunde/" + self.d(7),
            "www.tiktok.com/@" + slug,
            "https://x.com/" + slug[:12],
        ])

    def handle(self, g, f):
        r = self.r
        return "@" + r.choice([_ascii(g.split()[0]) + self.d(2), _ascii(g.split()[0])[:4] + "_" + _ascii(f)[:6],
                               _ascii(f) + r.choice(["_official", "77", "_x", "1990"])])

    def dob(self, lang):
        r = self.r
        y, m, dd = r.randint(1938, 2006), r.randint(1, 12), r.randint(1, 28)
        c = r.random()
        if c < 0.3:
            return "%d %s %d" % (dd, MONTHS_FULL[lang][m - 1], y) if lang != "de" else "%d. %s %d" % (dd, MONTHS_FULL[lang][m - 1], y)
        sep = {"de": ".", "nl": "-", "fr": "/", "it": "/"}[lang]
        if c < 0.38:
            return "%d-%02d-%02d" % (y, m, dd)
        if c < 0.48:
            return "%d%s%d%s%d" % (dd, sep, m, sep, y)
        if c < 0.55:
            return "%02d%s%02d%s%02d" % (dd, sep, m, sep, y % 100)
        return "%02d%s%02d%s%d" % (dd, sep, m, sep, y)

    def postcode(self, cc):
        r = self.r
        if cc == "DE":
            return "%05d" % r.randint(1067, 99998)
        if cc in ("AT", "BE", "CH"):
            return str(r.randint(1000, 9990))
        if cc == "NL":
            letters = "ABCDEGHJKLMNPRSTVWXZ"
            while True:
                s = r.choice(letters) + r.choice(letters)
                if s not in ("SA", "SD", "SS"):
                    break
            return "%d%s%s" % (r.randint(1011, 9999), r.choice([" ", " ", ""]), s)
        if cc == "FR":
            return "%02d%03d" % (r.choice(list(range(1, 20)) + list(range(21, 96))), r.randint(0, 990))
        return "%05d" % r.randint(100, 98168)

    def address(self, lang, cc):
        r = self.r
        key = lang + "_" + cc
        st = r.choice(STREETS[key])
        no = str(r.randint(1, 180))
        if r.random() < 0.15:
            no += r.choice("abc") if lang == "de" else r.choice(["A", "B", "bis"] if lang != "it" else ["/A", "/B", " bis"])
        if key.startswith("de"):
            v = r.random()
            if v < 0.12:
                return "%s, Hausnr. %s" % (st, no)
            if v < 0.22 and cc == "AT":
                return "%s %s/Top %d" % (st, no, r.randint(1, 24))
            if v < 0.3:
                return "%s %s, %d. OG" % (st, no, r.randint(1, 5))
            return "%s %s" % (st, no)
        if key == "nl_NL":
            v = r.random()
            if v < 0.15:
                return "%s %s-%s" % (st, no, r.choice(["I", "II", "III", "hs", "bis"]))
            return "%s %s" % (st, no)
        if key == "nl_BE" or key == "fr_BE":
            if r.random() < 0.25:
                return "%s %s %s %d" % (st, no, "bus" if lang == "nl" else "bte", r.randint(1, 12))
            return "%s %s" % (st, no)
        if key == "fr_FR":
            v = r.random()
            if v < 0.12:
                return "apt %d, %s %s" % (r.randint(1, 60), no, st)
            if v < 0.22:
                return "bât. %s, %s %s" % (r.choice("ABCD"), no, st)
            if v < 0.3:
                return "%s bis %s" % (r.randint(1, 99), st)
            return "%s %s" % (no, st)
        if key == "fr_CH":
            return "%s %s" % (st, no)
        v = r.random()
        if v < 0.2:
            return "%s, %s" % (st, no)
        if v < 0.3:
            return "%s %s int. %d" % (st, no, r.randint(1, 20))
        if v < 0.38:
            return "%s n. %s" % (st, no)
        return "%s %s" % (st, no)

    def natid(self, lang, cc):
        r, d = self.r, self.d
        if cc == "DE":
            c = r.random()
            if c < 0.4:
                v = str(r.randint(1, 9)) + d(10)
                if r.random() < 0.5:
                    v = "%s %s %s %s" % (v[:2], v[2:5], v[5:8], v[8:])
                return r.choice(["Steuer-ID", "Steuer-IdNr.", "St-ID"]), v
            if c < 0.75:
                return (r.choice(["Versicherungsnummer", "RV-Nr.", "SV-Nr."]),
                        "%s %02d%02d%02d %s %s" % (d(2), r.randint(1, 28), r.randint(1, 12), r.randint(40, 99),
                                                   r.choice("ABDEGHKLMNRSTW"), d(3)))
            return "KVNR", r.choice("ABCDEFGHKLMNRSTZ") + d(9)
        if cc == "AT":
            return (r.choice(["SV-Nr.", "SVNR", "Versicherungsnummer"]),
                    "%s %02d%02d%02d" % (d(4), r.randint(1, 28), r.randint(1, 12), r.randint(40, 99)))
        if cc == "CH":
            cue = {"de": ["AHV-Nr.", "AHV"], "fr": ["n° AVS", "AVS"], "it": ["n. AVS", "AVS"]}[lang]
            return r.choice(cue), "756.%s.%s.%s" % (d(4), d(4), d(2))
        if cc == "NL":
            while True:
                ds = [r.randint(0, 9) for _ in range(8)]
                s = sum(x * w for x, w in zip(ds, range(9, 1, -1)))
                last = s % 11
                if last < 10 and ds[0] != 0:
                    break
            v = "".join(map(str, ds)) + str(last)
            if r.random() < 0.2:
                v = "%s.%s.%s" % (v[:4], v[4:6], v[6:])
            return "BSN", v
        if cc == "BE":
            cue = ["rijksregisternr.", "RRN", "INSZ"] if lang == "nl" else ["n° registre national", "NISS", "NN"]
            return r.choice(cue), "%02d.%02d.%02d-%s.%s" % (r.randint(40, 99), r.randint(1, 12), r.randint(1, 28), d(3), d(2))
        if cc == "FR":
            v = "%s %02d %02d %s %s %s %s" % (r.choice("12"), r.randint(40, 99), r.randint(1, 12), d(2), d(3), d(3), d(2))
            return r.choice(["NIR", "n° sécu", "n° SS", "numéro de sécurité sociale"]), v
        L = "ABCDEFGHILMNPRSTVZ"
        v = ("".join(r.choice(L) for _ in range(6)) + d(2) + r.choice("ABCDEHLMPRST") + "%02d" % r.randint(1, 71)
             + r.choice("ABCDEFGHILM") + d(3) + r.choice(L))
        return r.choice(["CF", "cod. fisc.", "codice fiscale", "C.F."]), v

    def custno(self):
        r, d = self.r, self.d
        return r.choice([d(4) + "-" + d(4), d(10), "K-" + d(6), d(8), "CU" + d(7), d(3) + " " + d(3) + " " + d(3)])

    def policy(self):
        r, d = self.r, self.d
        return r.choice(["VS-%s-%s" % (d(2), d(6)), "%s.%s.%s-%s" % (d(2), d(3), d(3), d(1)), "POL%s" % d(7),
                         "%s/%s" % (d(6), d(2)), "AH%s" % d(8), d(9)])

    def track(self):
        r, d = self.r, self.d
        return r.choice(["00340434" + d(12), "JJD%s" % d(15), "3S%s%s" % ("".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(4)), d(7)),
                         "6A%s" % d(11), "%sDE" % ("RR" + d(9)), "H%s" % d(19), "0%s" % d(13), "CB%sIT" % d(9)])

    def amt(self, lang, cc="DE"):
        r = self.r
        v = r.choice([r.randint(5, 300), r.randint(5, 300), r.randint(300, 2500)])
        c = r.randint(0, 99)
        if cc == "CH" and r.random() < 0.8:
            return "CHF %d.%02d" % (v, c)
        return r.choice(["%d,%02d €" % (v, c), "€ %d,%02d" % (v, c), "%d EUR" % v, "%d,%02d€" % (v, c), "%d €" % v])

    def time(self, lang):
        r = self.r
        fmt = r.choice(O[lang]["time"])
        return fmt.format(h=r.randint(8, 19), m=r.choice(["00", "15", "30", "45", "10"]))


def _cap(s):
    return s[:1].upper() + s[1:]


def _build(g, lang, tmpl, is_pii):
    r = g.r
    w = COUNTRY_W[lang]
    cc = r.choices([c for c, _ in w], weights=[x for _, x in w])[0]
    city_key = (cc, lang) if (cc, lang) in CITIES else (cc, "de")
    cult, giv, fam = g.person(lang)
    city = r.choice(CITIES[city_key])
    parts = []
    for i, piece in enumerate(_SLOT.split(tmpl)):
        if i % 2 == 0:
            if piece:
                parts.append((piece, "o"))
            continue
        s = piece
        if s in O[lang] and s != "time":
            parts.append((r.choice(O[lang][s]), "o"))
        elif s == "time":
            parts.append((g.time(lang), "o"))
        elif s == "sys":
            parts.append((r.choice(SYS), "o"))
        elif s == "model":
            parts.append((r.choice(MODELS), "o"))
        elif s == "num":
            parts.append((str(r.randint(2, 48)), "o"))
        elif s == "amt":
            parts.append((g.amt(lang, cc), "o"))
        elif s == "title":
            parts.append((r.choice(TITLES[lang]), "o"))
        elif s == "city":
            parts.append((city if r.random() < 0.9 else r.choice(CITIES[city_key]), "~"))
        elif s == "prov":
            parts.append((PROV.get(city, "MI") if cc == "IT" else "TI", "~"))
        elif s == "name":
            ff = cult in ("italian_north", "italian_south", "sardinian") and r.random() < 0.2
            parts.append((fam + " " + giv if ff else giv + " " + fam, "name"))
        elif s == "name_ff":
            parts.append((fam + " " + giv, "name"))
        elif s == "given":
            parts.append((giv, "name"))
        elif s == "fam":
            parts.append((_cap(fam), "name"))
        elif s == "sfn":
            parts += [(_cap(fam).upper(), "name"), (", ", "o"), (giv, "name")]
        elif s == "poss":
            base = giv if r.random() < 0.6 else giv + " " + fam
            if lang == "de":
                suf = "'" if base[-1] in "sßxz" else "s"
            else:
                suf = "'s" if base[-1] in "aeiouy" else "s"
            if r.random() < 0.15:
                suf = "'s"
            parts += [(base, "name"), (suf, "o")]
        elif s == "email":
            parts.append((g.email(cc, giv, fam), "email"))
        elif s == "phone":
            parts.append((g.phone(cc), "phone"))
        elif s == "card":
            parts.append((g.card(), "card"))
        elif s == "iban":
            parts.append((g.iban(cc), "iban"))
        elif s == "ip":
            parts.append((g.ip(), "ip"))
        elif s == "url":
            parts.append((g.url(giv, fam), "url"))
        elif s == "handle":
            parts.append((g.handle(giv, fam), "id"))
        elif s == "dobc":
            cue = r.choice(DOB_CUE[lang])
            parts += [(cue + " ", "o"), (g.dob(lang), "dob")]
        elif s == "addr":
            parts.append((g.address(lang, cc), "address"))
        elif s == "pc":
            parts.append((g.postcode(cc), "postcode"))
        elif s == "natid":
            cue, v = g.natid(lang, cc)
            parts += [(cue + (r.choice([" ", ": ", " "])), "o"), (v, "id")]
        elif s == "custno":
            parts.append((g.custno(), "id"))
        elif s == "policy":
            parts.append((g.policy(), "id"))
        elif s == "track":
            parts.append((g.track(), "id"))
        else:
            raise KeyError(s)
    return parts


_TYPO_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]{4,}")


def _typo(r, text):
    ms = list(_TYPO_WORD.finditer(text))
    if not ms:
        return text
    m = r.choice(ms)
    w = m.group(0)
    i = r.randint(1, len(w) - 2)
    op = r.random()
    if op < 0.4:
        nw = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif op < 0.7:
        nw = w[:i] + w[i + 1:]
    else:
        nw = w[:i] + w[i] + w[i:]
    if nw == w:
        nw = w[:i] + w[i + 1:]
    return text[:m.start()] + nw + text[m.end():]


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


def _is_listed(parts, listed_f):
    if not listed_f:
        return False
    for t, l in parts:
        if l == "name":
            for w in _SPLIT.split(_fold(t)):
                if w and w in listed_f:
                    return True
    return False


def blind_notes(listed: frozenset) -> list:
    r = random.Random(SEED)
    g = _Gen(r)
    listed_f = frozenset(_fold(x) for x in listed)
    langs = ("de", "nl", "fr", "it")
    notes, seen = [], set()
    attempts = 0
    while len(notes) < N_NOTES:
        attempts += 1
        if attempts > 400000:
            raise RuntimeError("could not build enough notes")
        lang = langs[r.randrange(4)]
        is_pii = r.random() >= 0.45
        tmpl = r.choice(PII_T[lang] if is_pii else NOPII_T[lang])
        parts = _build(g, lang, tmpl, is_pii)
        # typo in an ordinary part
        if r.random() < 0.12:
            idx = [i for i, (t, l) in enumerate(parts) if l == "o" and _TYPO_WORD.search(t)]
            if idx:
                i = r.choice(idx)
                parts[i] = (_typo(r, parts[i][0]), "o")
        mode = r.random()
        if mode < 0.34:
            parts = [(t.lower(), l) for t, l in parts]
        elif mode < 0.34 + 0.12 and any(l == "name" for _, l in parts):
            parts = [(t.upper() if l == "name" else t, l) for t, l in parts]
        elif mode < 0.5 and parts[0][1] == "o":
            parts[0] = (parts[0][0][:1].upper() + parts[0][0][1:], "o")
        parts = _merge(parts)
        text = "".join(t for t, _ in parts)
        nw = len(text.split())
        if "\n" in text or nw < 5 or nw > 45 or text in seen:
            continue
        if _is_listed(parts, listed_f):
            continue
        seen.add(text)
        notes.append(parts)
    return notes


def _selfcheck():
    a = blind_notes(frozenset())
    b = blind_notes(frozenset())
    assert a == b, "not deterministic"
    assert len(a) == N_NOTES
    sample = frozenset({"anna", "maria", "thomas", "peter", "mohamed", "jan", "david", "Müller",
                        "laura", "sarah", "giuseppe", "marco", "ahmed", "martin", "fatima"})
    sf = frozenset(_fold(x) for x in sample)
    c = blind_notes(sample)
    assert len(c) == N_NOTES
    for notes in (a, c):
        texts = set()
        for n in notes:
            assert n, "empty note"
            text = "".join(t for t, _ in n)
            assert text not in texts, "duplicate " + text
            texts.add(text)
            assert "\n" not in text
            assert 5 <= len(text.split()) <= 45, text
            for i, (t, l) in enumerate(n):
                assert l in LABELS, l
                assert t, "empty part"
                if l != "o":
                    assert t == t.strip(), repr(t)
                if i and l == "o":
                    assert n[i - 1][1] != "o", "unmerged o"
    for n in c:
        for t, l in n:
            if l == "name":
                assert not any(w in sf for w in _SPLIT.split(_fold(t))), t
    counts = {}
    for n in a:
        for _, l in n:
            counts[l] = counts.get(l, 0) + 1
    low = sum(1 for n in a if "".join(t for t, _ in n) == "".join(t for t, _ in n).lower())
    nopii = sum(1 for n in a if all(l in ("o", "~") for _, l in n))
    upn = sum(1 for n in a if any(l == "name" and t.isupper() and len(t) > 1 for t, l in n))
    for k in LABELS:
        print("%-9s %d" % (k, counts.get(k, 0)))
    print("lower-case share: %.3f" % (low / len(a)))
    print("no-PII share:     %.3f" % (nopii / len(a)))
    print("upper-name share: %.3f" % (upn / len(a)))
    print("with sample listed, notes:", len(c))
    r = random.Random(7)
    for n in r.sample(a, 12):
        print(" *", "".join(t for t, _ in n))
        print("     ", [(t, l) for t, l in n if l != "o"])
    assert sum(len(v) for v in PII_T.values()) >= 60
    assert sum(len(v) for v in NOPII_T.values()) >= 35
    for k, (gv, fm) in POOLS.items():
        assert len(set(gv)) >= 40 and len(set(fm)) >= 40, (k, len(set(gv)), len(set(fm)))


if __name__ == "__main__":
    _selfcheck()
