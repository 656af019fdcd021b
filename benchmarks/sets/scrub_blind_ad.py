"""Blind evaluation set: customer-care notes, logistics / repairs / rentals, continental Europe + Turkey.

Standard library only, deterministic. Each note is a list of (text, label) parts.
"""
import random
import re
import unicodedata

SEED = 20240611
LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")
N_NOTES = 1000

# ---------------------------------------------------------------- name pools
_G = {}
_F = {}
_G["german"] = ("Jürgen Klaus Uwe Dieter Thomas Stefan Andreas Michael Frank Jörg Sebastian Tobias Lukas "
                "Maximilian Jonas Felix Florian Matthias Wolfgang Günter Horst Bernd Sabine Ursula Petra "
                "Monika Birgit Susanne Katrin Anja Claudia Heike Jana Lena Sophie Hannah Leonie Johanna "
                "Brigitte Gisela Renate Annegret Lea Mia Ingrid Dörte").split()
_F["german"] = ("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch "
                "Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann "
                "Lange Schmitt Werner Krause Meier Lehmann Köhler Huber Gruber Eder Pichler Steiner Moser "
                "Mayrhofer Weiß Strauß Kühn Böhm Jäger Vogel Brandstätter Oberhuber").split()
_G["dutch"] = ("Jan Pieter Kees Henk Willem Bram Daan Sem Thijs Joost Ruud Gerrit Bart Sander Niels Lars "
               "Jeroen Wouter Maarten Koen Anouk Sanne Femke Lotte Fleur Eva Marieke Ingrid Esther Annelies "
               "Saskia Linda Ilse Yvonne Noor Julia Emma Tess Roos Mirjam Geert Hendrikje").split()
_F["dutch"] = ("de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|"
               "Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|"
               "de Graaf|van der Meer|van der Linden|Kok|Jacobs|de Haan|Vermeulen|van den Heuvel|van der Veen|"
               "van den Broek|de Bruijn|Schouten|van Beek|Willems|van Vliet|Hoekstra|Postma|Kuipers|Verhoeven").split("|")
_G["flemish"] = ("Wouter Pieter Jef Koen Stijn Bart Dries Joris Wim Luc Marc Dirk Tom Bert Filip Jens Arne "
                 "Seppe Lander Warre Ine Lien Eline Sofie Annelies Katrien Griet Hilde Veerle Leen An Els "
                 "Marijke Lotte Fien Nele Febe Lore Jolien Kato Mieke").split()
_F["flemish"] = ("Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|De Smet|Dubois|"
                 "Van den Broeck|Vermeulen|Van Damme|De Clercq|Hermans|Aerts|Michiels|Desmet|Claeys|"
                 "Van de Velde|De Backer|Verstraete|Vandenberghe|Coppens|Lambrechts|De Wilde|Verbruggen|"
                 "Van Acker|De Meyer|Cools|Segers|Vervoort|Smets|Van Hoof|Bogaerts|Verhaegen|De Cock|Pauwels|"
                 "Van Impe|Vanderstraeten").split("|")
_G["danish"] = ("Søren Mads Rasmus Jens Niels Anders Henrik Lars Morten Kasper Mikkel Frederik Magnus Emil "
                "Asger Bo Poul Kristian Jesper Troels Mette Hanne Lene Pia Kirsten Camilla Sofie Ida Freja "
                "Line Signe Birthe Karen Inge Tove Maja Astrid Nanna Louise Gitte Ulla").split()
_F["danish"] = ("Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen "
                "Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen "
                "Knudsen Jakobsen Mikkelsen Lauridsen Frederiksen Dahl Henriksen Lund Holm Schmidt Kjær "
                "Bech Vestergaard Østergaard Damgaard Gregersen Søndergaard Lindholm Bak Toft Krogh").split()
_G["swedish"] = ("Erik Lars Anders Johan Karl Per Mikael Nils Olof Gustav Oskar Axel Elias Hugo Viktor Björn "
                 "Fredrik Magnus Jonas Mattias Anna Eva Maria Karin Kristina Lena Sara Elin Ebba Maja Alva "
                 "Astrid Ingrid Linnéa Sofia Ulla Birgitta Margareta Agneta Åsa Märta").split()
_F["swedish"] = ("Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
                 "Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson "
                 "Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lundgren Lind Mattsson "
                 "Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Åberg Ekström Holmberg").split()
_G["norwegian"] = ("Ole Lars Knut Arne Bjørn Geir Terje Øyvind Håkon Sindre Eirik Sigurd Magnus Jonas Trond "
                   "Espen Henrik Kjetil Steinar Odd Ingrid Kari Anne Marit Liv Solveig Hilde Tone Randi "
                   "Silje Ingvild Kristin Guro Sigrid Ragnhild Åse Nora Thea Tuva Marte").split()
_F["norwegian"] = ("Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen "
                   "Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen "
                   "Henriksen Lund Sørensen Jakobsen Moen Gundersen Iversen Strand Solberg Svendsen Eide "
                   "Knutsen Martinsen Paulsen Bakken Kristoffersen Mathisen Lie Amundsen Nygård Brekke Løken").split()
_G["finnish"] = ("Juha Timo Matti Kari Mikko Jari Antti Jukka Markku Pekka Heikki Tuomas Ville Janne Sami "
                 "Eero Aleksi Onni Lauri Väinö Tiina Anne Päivi Sari Pirjo Leena Marja Riitta Minna Anu "
                 "Johanna Satu Hanna Aino Eeva Kaisa Sanna Elina Helmi Venla Tuula").split()
_F["finnish"] = ("Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen "
                 "Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen "
                 "Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen "
                 "Hiltunen Miettinen Leinonen Pitkänen Kallio Räsänen Väisänen Peltonen Aaltonen Ylönen").split()
_G["polish"] = ("Piotr Krzysztof Andrzej Tomasz Paweł Marcin Michał Grzegorz Jakub Łukasz Mateusz Kamil "
                "Wojciech Rafał Dariusz Sławomir Zbigniew Jacek Bartosz Szymon Anna Maria Katarzyna "
                "Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Joanna Aleksandra Monika Dorota "
                "Beata Żaneta Zofia Agata Justyna Urszula Jadwiga Halina Grażyna").split()
_F["polish"] = ("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
                "Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski "
                "Nowakowski Pawłowski Michalski Nowicki Adamczyk Dudek Zając Wieczorek Jabłoński Król "
                "Majewski Olszewski Jaworski Wróbel Malinowska Pawlak Witkowska Walczak Stępień Górski "
                "Rutkowska Sikora Baran Duda Szewczyk Kowalska Nowakowska").split()
_G["czech"] = ("Jiří Jan Petr Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Václav Michal Ondřej "
               "Lukáš Jakub Vojtěch Radek Libor Karel Milan Marie Jana Eva Hana Anna Lenka Kateřina Lucie "
               "Věra Alena Petra Veronika Jaroslava Tereza Martina Zuzana Markéta Klára Barbora Ludmila").split()
_F["czech"] = ("Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Marek Pospíšil "
               "Pokorný Hájek Král Jelínek Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák "
               "Vaněk Urban Blažek Kříž Kovář Bartoš Vlček Kopecký Šimek Konečný Malý Holub Štěpánek "
               "Nováková Svobodová Dvořáková Černá Procházková").split()
_G["hungarian"] = ("László István József János Zoltán Sándor Gábor Ferenc Attila Péter Tamás Zsolt Tibor "
                   "Csaba Balázs Bence Levente Dániel Gergő Ádám Mária Erzsébet Katalin Ilona Éva Anna "
                   "Zsuzsanna Margit Judit Ágnes Andrea Krisztina Erika Eszter Réka Dóra Zsófia Hajnalka "
                   "Noémi Boglárka Orsolya").split()
_F["hungarian"] = ("Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács "
                   "Juhász Lakatos Mészáros Oláh Simon Rácz Fekete Szilágyi Török Fehér Balázs Gál Kis "
                   "Szűcs Kocsis Orsós Pintér Fodor Szalai Sipos Magyar Lukács Gulyás Bíró Király Katona "
                   "László Jakab Bogdán Balog Sándor Boros Fazekas Kelemen Antal").split()
_G["romanian"] = ("Ion Gheorghe Vasile Constantin Mihai Andrei Alexandru Florin Adrian Marius Cristian "
                  "Bogdan Ionuț Răzvan Ștefan Radu Dragoș Cătălin Sorin Nicolae Maria Elena Ioana Ana "
                  "Andreea Mihaela Cristina Gabriela Alina Roxana Simona Daniela Raluca Loredana Oana "
                  "Irina Corina Georgiana Florentina Larisa Bianca").split()
_F["romanian"] = ("Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Constantin "
                  "Munteanu Rusu Moldovan Lungu Marin Florea Mihai Dinu Tudor Ene Toma Ilie Dobre Barbu "
                  "Nistor Neagu Cristea Diaconu Oprea Dumitrescu Georgescu Voicu Surdu Vlad Mocanu Bălan "
                  "Preda Niculescu Lazăr Țurcanu Ardeleanu").split()
_G["portuguese"] = ("João José António Manuel Francisco Luís Pedro Rui Nuno Tiago Miguel Diogo Gonçalo "
                    "Duarte Rodrigo Afonso Bruno Hugo Paulo Vasco Maria Ana Joana Inês Beatriz Mariana "
                    "Catarina Sofia Rita Filipa Teresa Margarida Leonor Carolina Sónia Patrícia Conceição "
                    "Fátima Graça Madalena Raquel").split()
_F["portuguese"] = ("Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Jesus|Sousa|Fernandes|"
                    "Gonçalves|Gomes|Lopes|Marques|Alves|Almeida|Ribeiro|Pinto|Carvalho|Teixeira|Moreira|"
                    "Correia|Mendes|Nunes|Soares|Vieira|Monteiro|Cardoso|Rocha|Neves|Coelho|Cruz|Cunha|"
                    "Pires|Ramos|Reis|Simões|Antunes|Magalhães|da Silva|dos Santos|da Costa|de Sousa|Baptista").split("|")
_G["spanish"] = ("Antonio José Manuel Francisco David Juan Javier Daniel Carlos Jesús Alejandro Miguel "
                 "Rafael Pablo Sergio Álvaro Jorge Alberto Íñigo Iker María Carmen Lucía Ana Isabel Laura "
                 "Marta Cristina Pilar Elena Rocío Paula Nuria Montserrat Begoña Ainhoa Inmaculada "
                 "Concepción Mercedes Dolores Amparo").split()
_F["spanish"] = ("García|Rodríguez|González|Fernández|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|"
                 "Ruiz|Hernández|Díaz|Moreno|Muñoz|Álvarez|Romero|Alonso|Gutiérrez|Navarro|Torres|Domínguez|"
                 "Vázquez|Ramos|Gil|Ramírez|Serrano|Blanco|Molina|Morales|Suárez|Ortega|Delgado|Castro|"
                 "Ortiz|Rubio|Marín|Sanz|Iglesias|de la Fuente|Echeverría|Etxeberria|Puig|Ferrer").split("|")
_G["italian"] = ("Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carlo "
                 "Marco Alessandro Matteo Lorenzo Andrea Davide Simone Federico Gianluca Maria Anna Giuseppina "
                 "Rosa Angela Giovanna Teresa Lucia Carmela Francesca Chiara Giulia Martina Sara Alessia "
                 "Elisa Valentina Federica Ilaria Beatrice Rosaria").split()
_F["italian"] = ("Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|"
                 "Conti|De Luca|Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|"
                 "Mariani|Rinaldi|Caruso|Ferrara|Galli|Martini|Leone|Longo|Gentile|Martinelli|Vitale|"
                 "Lombardo|Serra|Coppola|De Santis|D'Angelo|Marchetti|Parisi|Villa|Conte|Ferraro|Di Stefano").split("|")
_G["greek"] = ("Giorgos Dimitris Konstantinos Kostas Giannis Nikos Panagiotis Vasilis Christos Thanasis "
               "Michalis Spyros Stavros Apostolos Evangelos Manolis Petros Lefteris Yiannis Sotiris Maria "
               "Eleni Katerina Vasiliki Sofia Angeliki Georgia Dimitra Panagiota Ioanna Despina Christina "
               "Anastasia Fotini Paraskevi Chrysa Niki Athina Evangelia Stella Eirini").split()
_F["greek"] = ("Papadopoulos Papadopoulou Georgiou Dimitriou Nikolaou Papadakis Vlachos Oikonomou "
               "Konstantinidis Karagiannis Pappas Ioannidis Makris Antoniou Christodoulou Athanasiou "
               "Papageorgiou Triantafyllou Alexiou Kyriakou Angelopoulos Michailidis Vasileiou Stavrou "
               "Panagiotopoulos Theodorou Mavridis Karamanlis Sotiriou Economou Lambrou Petridis "
               "Galanis Katsaros Tsakiris Zervas Chatzis Pavlidis Floros Raptis").split()
_G["turkish"] = ("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Emre Burak "
                 "Serkan Volkan Onur Cem Barış Kemal Oğuz Ayşe Fatma Emine Hatice Zeynep Elif Merve "
                 "Özlem Gülşen Esra Büşra Derya Sibel Songül Dilek Ebru Gökçe Tuğba Şule Yasemin Hülya").split()
_F["turkish"] = ("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan "
                 "Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Özer Erdem Güneş Aktaş "
                 "Tekin Bulut Keskin Ünal Acar Yavuz Kaplan Sarı Karaca Bozkurt Uçar Çakır Turan Erdoğan").split()
_G["kurdish"] = ("Azad Zana Baran Rêbaz Şêrko Kawa Soran Hejar Hozan Ciwan Rizgar Welat Dilovan Aram "
                 "Karwan Botan Şiyar Heval Bawer Rawa Rojda Berfin Dilan Hêvî Newroz Jiyan Rojin Bêrîvan "
                 "Delal Shilan Avin Evîn Helin Ronahî Zilan Narin Sozdar Viyan Nazdar Gulistan").split()
_F["kurdish"] = ("Barzani Zebari Doski Hawrami Sindi Bamarni Berwari Mizuri Shexani Herki Surchi Baban "
                 "Rekani Xoshnaw Dizayi Botani Amedi Jaf Rasul Qadir Karim Aziz Ekinci Baysal Demirtaş "
                 "Zengin Tunç Aksoy Oral Bingöl Elçi Kılınç Ateş Tatar Yüksekova Dersimi Hakkari Zaxoyi "
                 "Sorani Goyani").split()
_G["syrian"] = ("Mohammad Ahmad Omar Khaled Yousef Rami Hassan Samer Tarek Ammar Majd Fadi Ghassan Wael "
                "Abdulrahman Mahmoud Mazen Bilal Anas Zaid Nour Rania Lina Hiba Reem Dima Yara Ghada Hala "
                "Maya Rasha Sawsan Fatima Aya Layla Batoul Rawan Mais Nada Ruba Kinda").split()
_F["syrian"] = ("Al-Hassan|Al-Ahmad|Haddad|Khoury|Hamwi|Halabi|Shami|Darwish|Kassab|Sabbagh|Attar|Najjar|"
                "Jaber|Masri|Hamdan|Qassem|Othman|al-Khatib|Kurdi|Hallak|Hijazi|Zein|Mansour|Nasser|Sharaf|"
                "Abdullah|al-Jundi|Allouch|Bitar|Farah|Ghanem|Kanaan|Mardini|Rifai|Taha|Alkhalil|Al Hamoud|"
                "Dabbagh|Zaher|Shaheen|Jazairi").split("|")
_G["moroccan"] = ("Mohamed Youssef Karim Hamza Said Rachid Mustapha Abdelkader Hicham Noureddine Brahim "
                  "Khalid Adil Soufiane Ilyas Zakaria Ayoub Mehdi Nabil Tarik Fatima-Zahra Khadija Naima "
                  "Samira Latifa Zineb Houda Siham Imane Salma Meryem Hanane Nadia Loubna Ikram Soukaina "
                  "Asmae Ghizlane Wafae Btissam Fouad").split()
_F["moroccan"] = ("El Amrani|Benali|Bakkali|El Idrissi|Alaoui|Benjelloun|Tazi|Chraibi|Bennani|Berrada|"
                  "El Fassi|Ouali|Haddouchi|Azzouzi|Boukhari|Ait Taleb|Ouazzani|El Khattabi|Belhaj|Mansouri|"
                  "Zeroual|Ziani|Lahlou|Sebti|Bouzid|El Hamdaoui|Kaddouri|Achahbar|Aboutaleb|El Ouardi|"
                  "Ben Yahya|Tahiri|Boukhris|Lahmar|El Yousfi|Moussaoui|Benmoussa|Cherkaoui|Ait Hammou|Bouazza").split("|")
_G["roma"] = ("Dzsenifer Brendon Szabina Romeó Ramóna Esmeralda Gyöngyi Florin Marius Nicu Sorin Florica "
              "Mirela Lenuța Dragomir Rafael Remedios Rocío Manolo Juani Dušan Rudolf Denisa Klaudie Jolana "
              "Žaneta Aranka Vojta Kolja Lalo Tamás Krisztián Renátó Vanessza Dzsesszika Samanta Ilonka "
              "Camelia Bobiță Loli").split()
_F["roma"] = ("Lakatos Kolompár Rostás Sztojka Radics Orsós Kalányos Suha Duka Dunka Giňa Lakatoš Bihari "
              "Gaži Čonka Dužda Kotlár Ferko Căldăraru Lăutaru Ursari Heredia Montoya Cortés Amaya Carmona "
              "Vargas Motos Salazar Borja Mirga Šarközi Daniel Balogh Oláh Farkaš Mižigár Horvát Rafael Serrano").split()
_G["bcs"] = ("Amir Emir Adnan Haris Edin Senad Mirza Jasmin Elvir Kenan Amela Lejla Selma Aida Merima "
             "Emina Azra Dženana Ajla Nermina Marko Nikola Stefan Luka Ivan Dragan Milica Jelena Ivana "
             "Marija Snežana Dragana Tamara Mladen Goran Zoran Dejan Vesna Željko Tomislav Mateja Đorđe").split()
_F["bcs"] = ("Hodžić Hadžić Begić Delić Mujić Kovačević Hasanović Husić Halilović Mehmedović Babić "
             "Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Pavlović Horvat Kovačić Novak "
             "Knežević Vuković Perić Jurić Marić Šarić Tomić Pejić Lukić Popović Božić Radić Grgić Bašić "
             "Čolić Ćosić Softić Salihović Osmanović").split()

_NICKS = {
    "german": ["Jogi", "Steffi", "Uschi", "Andi", "Basti", "Flo", "Moni", "Tobi", "Lenchen"],
    "dutch": ["Kees", "Bas", "Hanneke", "Joop", "Mien", "Wim"],
    "flemish": ["Jefke", "Mieke", "Staf", "Nelleke", "Lieske"],
    "danish": ["Søsser", "Kalle", "Bitten", "Mikse"],
    "swedish": ["Lasse", "Janne", "Micke", "Lotta", "Kicki", "Pelle"],
    "norwegian": ["Kjelle", "Sissel", "Tobbe", "Guri"],
    "finnish": ["Jussi", "Pekkis", "Mikko-poika", "Tiitu", "Henkka"],
    "polish": ["Kasia", "Gosia", "Basia", "Tomek", "Kuba", "Bartek", "Magda"],
    "czech": ["Honza", "Pepa", "Jirka", "Verča", "Bára", "Míša"],
    "hungarian": ["Laci", "Pisti", "Zsuzsi", "Kati", "Gabi", "Jóska"],
    "romanian": ["Nelu", "Gigi", "Nae", "Luli", "Didi", "Ionel"],
    "portuguese": ["Zé", "Quim", "Tó", "Guida", "Nini", "Xico"],
    "spanish": ["Paco", "Pepe", "Manoli", "Charo", "Lola", "Nacho", "Conchi"],
    "italian": ["Peppe", "Gigi", "Pino", "Totò", "Titti", "Nino"],
    "greek": ["Takis", "Makis", "Voula", "Kiki", "Lakis", "Toula"],
    "turkish": ["Memo", "Ayşo", "Hüsnü", "Gülo"],
    "kurdish": ["Sherko", "Rojo", "Dilo"],
    "syrian": ["Abu Omar", "Hamoudi", "Lulu"],
    "moroccan": ["Mo", "Simo", "Hamid", "Zizou"],
    "roma": ["Csoki", "Buba", "Pitu", "Kalo"],
    "bcs": ["Mirzo", "Gogi", "Zoki", "Ceca", "Beba"],
}

_TITLES = {
    "german": ["Herr", "Frau", "Hr.", "Fr.", "Dr.", "Mr", "Mrs"],
    "dutch": ["Mevr.", "Dhr.", "mevrouw", "meneer", "Mr", "Ms"],
    "flemish": ["Mevr.", "Dhr.", "Mme", "Mr"],
    "danish": ["Mr", "Mrs", "Ms", "hr."],
    "swedish": ["Mr", "Mrs", "Ms"],
    "norwegian": ["Mr", "Mrs", "Ms"],
    "finnish": ["Mr", "Mrs", "Ms"],
    "polish": ["Pan", "Pani", "Mr", "Mrs"],
    "czech": ["pan", "paní", "Ing.", "Mr", "Mrs"],
    "hungarian": ["Mr", "Mrs", "dr."],
    "romanian": ["Dl.", "Dna.", "Doamna", "Mr", "Mrs"],
    "portuguese": ["Sr.", "Sra.", "Dona", "Mr", "Mrs"],
    "spanish": ["Sr.", "Sra.", "Don", "Doña", "Mr", "Ms"],
    "italian": ["Sig.", "Sig.ra", "Dott.", "Mr", "Mrs"],
    "greek": ["k.", "Mr", "Mrs", "Kyria"],
    "turkish": ["Mr", "Mrs"],
    "kurdish": ["Mr", "Mrs"],
    "syrian": ["Mr", "Mrs", "Dr"],
    "moroccan": ["Mr", "Mrs", "Madame", "M."],
    "roma": ["Mr", "Mrs"],
    "bcs": ["Mr", "Mrs", "gospodin"],
}
_SUFFIX_TITLES = {"turkish": [" Bey", " Hanım", " bey", " hanım"], "kurdish": [" Bey", " Hanım"],
                  "hungarian": [" úr", " néni", " bácsi"]}

_FAMILY_FIRST = {"hungarian"}

_TRANS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae",
                        "Æ": "Ae", "đ": "d", "Đ": "D", "İ": "I"})


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_TRANS))
    return "".join(c for c in s if not unicodedata.combining(c))


def _name_words(s: str):
    return [w for w in re.split(r"[ \-'’.,]+", s) if w]


# ---------------------------------------------------------------- countries
# (cc, local cultures, streets, cities [(city, postcode pattern)], phone patterns, email domains,
#  id kinds [(cue, pattern)], plates)
_C = {
    "DE": (["german"],
           ["Hauptstraße", "Bahnhofstraße", "Lindenstraße", "Schillerstraße", "Goethestr.", "Berliner Str.",
            "Am Mühlbach", "Kastanienallee", "Friedrich-Ebert-Straße", "Sonnenweg", "Gartenstr.", "Kirchplatz",
            "Schönhauser Allee", "Eppendorfer Weg", "Leopoldstraße"],
           [("Berlin", "1dddd"), ("Hamburg", "2dddd"), ("München", "80ddd"), ("Köln", "50ddd"),
            ("Frankfurt am Main", "60ddd"), ("Stuttgart", "70ddd"), ("Leipzig", "04ddd"), ("Dortmund", "44ddd"),
            ("Bremen", "28ddd"), ("Nürnberg", "90ddd"), ("Hannover", "30ddd")],
           ["+49 15d ddddddd", "015d dddd dddd", "0176-dddddddd", "030 ddddddd", "+49 (0)89 dddddd", "0049 160 ddddddd"],
           ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"],
           [("Steuer-ID", "dd ddd ddd ddd"), ("Personalausweis", "Ld******d"), ("Ausweis-Nr.", "Ldd*****d")],
           ["B-MK dddd", "HH-AB ddd", "M-XY ddd", "K-LL ddE"]),
    "AT": (["german"],
           ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Favoritenstraße", "Herrengasse", "Linzer Str.",
            "Grazer Gasse", "Wiedner Gürtel", "Salzburger Str.", "Ottakringer Straße", "Annenstraße"],
           [("Wien", "1d d0"), ("Graz", "80d0"), ("Linz", "40d0"), ("Salzburg", "50d0"), ("Innsbruck", "60d0")],
           ["+43 664 ddddddd", "0664 ddd dd dd", "+43 1 dddddd", "0699/dddddddd"],
           ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net"],
           [("SVNR", "dddd ddmmyy"), ("Reisepass", "Lddddddd")],
           ["W-12345A", "G-dddd X", "L-ddd AB"]),
    "NL": (["dutch"],
           ["Keizersgracht", "Prinsengracht", "Dorpsstraat", "Kerkstraat", "Molenweg", "Laan van Meerdervoort",
            "Burgemeester de Withstraat", "Oudegracht", "Stationsweg", "Lange Voorhout", "Witte de Withstraat"],
           [("Amsterdam", "10dd LL"), ("Rotterdam", "30dd LL"), ("Den Haag", "25dd LL"), ("Utrecht", "35dd LL"),
            ("Eindhoven", "56dd LL"), ("Groningen", "97dd LL"), ("Haarlem", "20dd LL")],
           ["+31 6 dddddddd", "06-dddddddd", "06 dd dd dd dd", "020-ddddddd", "0031 6 ddddddd d"],
           ["ziggo.nl", "kpnmail.nl", "hotmail.com", "gmail.com", "xs4all.nl", "live.nl"],
           [("BSN", "ddddddddd"), ("bsn", "dddd.dd.ddd"), ("paspoort", "LL*****dd")],
           ["GX-123-B", "dd-LLL-d", "L-ddd-LL"]),
    "BE": (["flemish"],
           ["Meir", "Rue de la Loi", "Kerkstraat", "Steenweg op Gent", "Avenue Louise", "Grote Markt",
            "Chaussée de Waterloo", "Veldstraat", "Rue Neuve", "Brusselsesteenweg", "Diestsestraat"],
           [("Antwerpen", "20d0"), ("Brussel", "10d0"), ("Bruxelles", "10d0"), ("Gent", "90d0"), ("Leuven", "3000"),
            ("Liège", "40d0"), ("Brugge", "8000"), ("Mechelen", "2800"), ("Hasselt", "3500")],
           ["+32 47d dd dd dd", "0478 dd dd dd", "+32 (0)9 ddd dd dd", "04dd/dd.dd.dd"],
           ["telenet.be", "skynet.be", "proximus.be", "gmail.com", "hotmail.be"],
           [("rijksregisternr", "yy.mm.dd-ddd.dd"), ("NN", "yymmdd ddd dd"), ("eID", "ddd-ddddddd-dd")],
           ["1-ABC-123", "2-LLL-ddd"]),
    "DK": (["danish"],
           ["Nørrebrogade", "Vesterbrogade", "Østerbrogade", "Jagtvej", "Amagerbrogade", "Søndergade",
            "Vestergade", "Frederiksberg Allé", "Istedgade", "Skt. Clemens Torv"],
           [("København N", "2200"), ("København K", "1ddd"), ("Aarhus C", "8000"), ("Odense C", "5000"),
            ("Aalborg", "9000"), ("Frederiksberg", "20d0"), ("Valby", "2500")],
           ["+45 dd dd dd dd", "dd dd dd dd", "+4520ddddd d"],
           ["outlook.dk", "mail.dk", "jubii.dk", "gmail.com", "hotmail.dk"],
           [("CPR", "ddmmyy-dddd"), ("cpr nr", "ddmmyydddd")],
           ["AB 12 345", "LL dd ddd"]),
    "SE": (["swedish"],
           ["Drottninggatan", "Storgatan", "Kungsgatan", "Vasagatan", "Sveavägen", "Götgatan", "Linnégatan",
            "Södra vägen", "Hornsgatan", "Ringvägen", "Kungsholmsgatan"],
           [("Stockholm", "1dd dd"), ("Göteborg", "4dd dd"), ("Malmö", "2dd dd"), ("Uppsala", "75d dd"),
            ("Västerås", "72d dd"), ("Örebro", "70d dd")],
           ["+46 70 ddd dd dd", "070-ddd dd dd", "073 ddd ddd d", "08-ddd ddd dd"],
           ["telia.com", "live.se", "gmail.com", "bredband.net", "hotmail.se"],
           [("personnummer", "19yymmdd-dddd"), ("pnr", "yymmdd-dddd")],
           ["ABC 123", "LLL ddL"]),
    "NO": (["norwegian"],
           ["Karl Johans gate", "Storgata", "Bogstadveien", "Thereses gate", "Kongens gate", "Markveien",
            "Dronningens gate", "Trondheimsveien", "Møllergata", "Sandviksveien"],
           [("Oslo", "0ddd"), ("Bergen", "50dd"), ("Trondheim", "70dd"), ("Stavanger", "40dd"), ("Tromsø", "90dd")],
           ["+47 9dd dd ddd", "4dd dd ddd", "+47 dd dd dd dd"],
           ["online.no", "gmail.com", "hotmail.no", "getmail.no"],
           [("fødselsnr", "ddmmyyddddd"), ("fnr", "ddmmyy ddddd")],
           ["EL 12345", "LL ddddd"]),
    "FI": (["finnish"],
           ["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Kauppakatu", "Kalevankatu", "Puistokatu",
            "Yliopistonkatu", "Itäinen Pitkäkatu", "Satamakatu", "Koulukatu", "Hämeentie"],
           [("Helsinki", "00dd0"), ("Tampere", "33dd0"), ("Turku", "20dd0"), ("Espoo", "02dd0"), ("Oulu", "90dd0"),
            ("Vantaa", "01dd0")],
           ["+358 40 ddddddd", "040 ddd dddd", "050-ddddddd", "+358 9 dddd ddd"],
           ["elisanet.fi", "kolumbus.fi", "gmail.com", "luukku.com", "hotmail.fi"],
           [("hetu", "ddmmyy-dddL"), ("HETU", "ddmmyyAdddL")],
           ["ABC-123", "LLL-ddd"]),
    "PL": (["polish"],
           ["ul. Marszałkowska", "ul. Piotrkowska", "ul. Długa", "ul. Mickiewicza", "ul. Słowackiego",
            "ul. Kościuszki", "ul. Floriańska", "al. Jerozolimskie", "ul. Nowy Świat", "ul. Grunwaldzka",
            "os. Piastów", "ul. Jana Pawła II"],
           [("Warszawa", "0d-ddd"), ("Kraków", "3d-ddd"), ("Łódź", "9d-ddd"), ("Wrocław", "5d-ddd"),
            ("Gdańsk", "80-ddd"), ("Poznań", "6d-ddd"), ("Katowice", "40-ddd")],
           ["+48 60d ddd ddd", "60d-ddd-ddd", "+48 22 ddd dd dd", "5dd ddd ddd"],
           ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
           [("PESEL", "yymmddddddd"), ("dowód", "LLLdddddd"), ("NIP", "ddd-ddd-dd-dd")],
           ["WA 12345", "KR dddLL", "WX ddddd"]),
    "CZ": (["czech"],
           ["Vinohradská", "Národní", "Husova", "Masarykova", "Palackého", "Nádražní", "Komenského",
            "Žižkova", "Na Příkopě", "Dukelských hrdinů", "Korunní"],
           [("Praha 3", "130 00"), ("Praha 2", "120 00"), ("Praha", "1dd 00"), ("Brno", "6dd 00"),
            ("Ostrava", "7dd 00"), ("Plzeň", "3dd 00"), ("Olomouc", "779 00")],
           ["+420 6dd ddd ddd", "7dd ddd ddd", "+420 2dd ddd ddd"],
           ["seznam.cz", "centrum.cz", "email.cz", "gmail.com", "volny.cz"],
           [("rodné číslo", "yymmdd/dddd"), ("RČ", "yymmdd/dddd"), ("OP", "ddddddddd")],
           ["1AB 2345", "dLd dddd"]),
    "HU": (["hungarian"],
           ["Andrássy út", "Váci utca", "Kossuth Lajos utca", "Petőfi Sándor u.", "Rákóczi út", "Bartók Béla út",
            "Dózsa György út", "Fő utca", "Szent István krt.", "Király u.", "Thököly út"],
           [("Budapest", "1ddd"), ("Debrecen", "40dd"), ("Szeged", "67dd"), ("Pécs", "76dd"), ("Győr", "90dd"),
            ("Miskolc", "35dd")],
           ["+36 30 ddd dddd", "06 20 ddd dddd", "+36 1 ddd dddd", "06-70-ddd-dddd"],
           ["freemail.hu", "citromail.hu", "gmail.com", "t-online.hu", "vipmail.hu"],
           [("TAJ", "ddd ddd ddd"), ("adóazonosító", "8ddddddddd"), ("szig. sz.", "ddddddLL")],
           ["ABC-123", "AA BB-123", "LLL-ddd"]),
    "RO": (["romanian"],
           ["Strada Mihai Eminescu", "str. Lipscani", "Bulevardul Unirii", "Calea Victoriei", "str. Avram Iancu",
            "Bd. Decebal", "Strada Republicii", "Aleea Trandafirilor", "Șoseaua Colentina", "str. Memorandumului"],
           [("București", "0ddddd"), ("Cluj-Napoca", "400ddd"), ("Timișoara", "300ddd"), ("Iași", "700ddd"),
            ("Brașov", "500ddd"), ("Constanța", "900ddd")],
           ["+40 72d ddd ddd", "07dd ddd ddd", "+40 21 ddd dd dd", "07dd.ddd.ddd"],
           ["yahoo.com", "yahoo.ro", "gmail.com", "rdslink.ro"],
           [("CNP", "1yymmdddddddd"), ("CNP", "2yymmdddddddd"), ("CI seria", "LL dddddd")],
           ["B 123 ABC", "CJ dd LLL", "IS dd LLL"]),
    "PT": (["portuguese"],
           ["Rua Augusta", "Av. da Liberdade", "Rua de Santa Catarina", "Rua do Ouro", "Travessa do Carmo",
            "Avenida da República", "Rua Garrett", "Rua de Cedofeita", "Largo do Rato", "Rua Direita"],
           [("Lisboa", "1ddd-ddd"), ("Porto", "4ddd-ddd"), ("Braga", "47dd-ddd"), ("Coimbra", "30dd-ddd"),
            ("Faro", "80dd-ddd"), ("Setúbal", "29dd-ddd")],
           ["+351 91d ddd ddd", "96d ddd ddd", "+351 21 ddd dddd", "93ddddddd"],
           ["sapo.pt", "gmail.com", "hotmail.com", "clix.pt", "netcabo.pt"],
           [("NIF", "ddddddddd"), ("CC", "dddddddd d LLd"), ("cartão de cidadão", "dddddddd")],
           ["AA-12-BB", "dd-LL-dd"]),
    "ES": (["spanish"],
           ["Calle Mayor", "C/ Alcalá", "Avda. Diagonal", "Calle de Serrano", "Gran Vía", "Carrer de Mallorca",
            "Paseo de Gracia", "C/ Sierpes", "Calle Real", "Rambla de Catalunya", "Avda. de América"],
           [("Madrid", "280dd"), ("Barcelona", "080dd"), ("Valencia", "460dd"), ("Sevilla", "410dd"),
            ("Bilbao", "480dd"), ("Málaga", "290dd"), ("Zaragoza", "500dd")],
           ["+34 6dd dd dd dd", "6dd ddd ddd", "6dddddddd", "+34 91 ddd dd dd"],
           ["telefonica.net", "gmail.com", "hotmail.es", "yahoo.es", "outlook.es"],
           [("DNI", "ddddddddL"), ("NIE", "Xdddddddl"), ("NIE", "Ydddddddl"), ("dni", "dd.ddd.ddd-L")],
           ["1234 BCD", "dddd LLL"]),
    "IT": (["italian"],
           ["Via Roma", "Via Garibaldi", "Corso Buenos Aires", "Via Toledo", "Viale Monza", "Via dei Mille",
            "Via Nazionale", "Corso Vittorio Emanuele II", "Via Po", "Via San Vitale", "Via Etnea"],
           [("Milano", "201dd"), ("Roma", "001dd"), ("Napoli", "801dd"), ("Torino", "101dd"), ("Bologna", "401dd"),
            ("Firenze", "501dd"), ("Palermo", "901dd")],
           ["+39 33d ddd dddd", "34d ddddddd", "+39 02 dddd dddd", "335 dd dd ddd"],
           ["libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it"],
           [("codice fiscale", "CF"), ("CF", "CF"), ("carta d'identità", "CAdddddLL")],
           ["AB 123 CD", "LL ddd LL"]),
    "GR": (["greek"],
           ["Odos Ermou", "Leoforos Kifisias", "Patision", "Tsimiski", "Egnatia", "Akadimias", "Panepistimiou",
            "Leof. Vouliagmenis", "Solonos", "Vasilissis Sofias"],
           [("Athina", "1dd dd"), ("Athens", "1dd dd"), ("Thessaloniki", "5dd dd"), ("Patra", "26d dd"),
            ("Irakleio", "71d dd"), ("Peiraias", "185 dd")],
           ["+30 69d ddd dddd", "69dddddddd", "+30 210 ddd dddd", "69d ddd dddd"],
           ["otenet.gr", "yahoo.gr", "gmail.com", "hol.gr", "windtools.gr"],
           [("AFM", "ddddddddd"), ("ΑΦΜ", "ddddddddd"), ("AMKA", "ddmmyyddddd"), ("ADT", "LL dddddd")],
           ["IKA-1234", "LLL-dddd"]),
    "TR": (["turkish", "kurdish"],
           ["Atatürk Cad.", "Bağdat Cd.", "İstiklal Caddesi", "Cumhuriyet Mah. Gül Sok.", "Moda Mah. Şair Nefi Sok.",
            "Barbaros Bulvarı", "Kızılay Mah. Ziya Gökalp Cad.", "Alsancak Mah. Kıbrıs Şehitleri Cad.",
            "Fenerbahçe Mah. Fener Kalamış Cd.", "Yenişehir Mah. Okul Sk.", "Bahçelievler Mah. 7. Sokak"],
           [("Kadıköy/İstanbul", "347dd"), ("Beşiktaş/İstanbul", "343dd"), ("Çankaya/Ankara", "06ddd"),
            ("Konak/İzmir", "35ddd"), ("Nilüfer/Bursa", "16ddd"), ("Muratpaşa/Antalya", "07ddd"),
            ("Diyarbakır", "21ddd")],
           ["+90 5dd ddd dd dd", "05dd ddd dd dd", "0 5dd ddd dddd", "+90 212 ddd dd dd", "5dddddddd"],
           ["hotmail.com", "gmail.com", "yandex.com.tr", "outlook.com.tr", "mynet.com"],
           [("TC kimlik", "ddddddddddd"), ("TCKN", "ddddddddddd"), ("TC no", "ddddddddddd")],
           ["34 ABC 123", "06 LL dddd", "35 L dddd"]),
}
_IBAN_LEN = {"DE": 22, "AT": 20, "NL": 18, "BE": 16, "DK": 18, "SE": 24, "NO": 15, "FI": 18, "PL": 28,
             "CZ": 24, "HU": 28, "RO": 24, "PT": 25, "ES": 24, "IT": 27, "GR": 27, "TR": 26}
_IBAN_BANK = {"NL": ["INGB", "ABNA", "RABO", "TRIO"], "RO": ["BTRL", "RNCB", "BRDE", "INGB"],
              "GB": ["NWBK"]}

_DIASPORA = ["turkish", "kurdish", "syrian", "moroccan", "roma", "bcs", "polish", "romanian", "portuguese",
             "greek", "italian"]

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_MON3 = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DAY3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "mon", "tues", "weds", "thurs", "fri"]

# ---------------------------------------------------------------- things to keep
_CARRIERS = ["DHL", "DPD", "GLS", "Hermes", "PostNL", "bpost", "PostNord", "Posten", "Posti", "InPost",
             "Packeta", "Zásilkovna", "Magyar Posta", "Fan Courier", "Sameday", "CTT", "Correos", "SEUR", "BRT",
             "Poste Italiane", "ACS", "ELTA", "Yurtiçi Kargo", "Aras Kargo", "MNG Kargo", "UPS", "FedEx",
             "DHL Express", "Bring", "Budbee", "Instabox", "Österreichische Post", "Česká pošta", "Hepsijet"]
_BRANDS = ["Bosch", "Miele", "Vaillant", "Viessmann", "Siemens", "Beko", "Arçelik", "Vestel", "Grohe",
           "Hansgrohe", "Electrolux", "Whirlpool", "Indesit", "Candy", "Daikin", "Junkers", "Buderus", "Ariston",
           "Baxi", "Remeha", "Nefit", "Gorenje", "AEG", "Liebherr", "Smeg", "De'Longhi", "Roca", "Geberit",
           "IKEA", "MediaMarkt", "Coolblue", "Zalando", "Allegro", "Trendyol", "Hepsiburada", "Bol.com",
           "Elgiganten", "Power", "Gigantti", "Worten", "El Corte Inglés", "Leroy Merlin", "OBI", "Hornbach",
           "Bauhaus", "Castorama", "Praktiker", "Koçtaş", "Mercedes Sprinter", "VW Crafter", "Ford Transit",
           "Tado", "Nest", "Danfoss", "Nuki", "Yale", "Ring"]
_APPS = ["WhatsApp", "Teams", "Zendesk", "Salesforce", "Genesys", "Outlook", "Google Maps", "Airbnb",
         "Booking.com", "Funda", "ImmoScout24", "Idealista", "Otodom", "Sahibinden", "Hemnet", "Finn.no",
         "Willhaben", "Immoweb", "Sreality", "ingatlan.com", "Imobiliare.ro", "Spitogatos", "Casa.it",
         "Jira", "SAP", "Freshdesk", "Slack", "Viber", "Telegram", "MobilePay", "Swish", "Vipps", "BLIK",
         "Bizum", "MB Way", "iDEAL", "Bancontact", "Twint", "Satispay", "Papara"]
_CITIES = ["Berlin", "Hamburg", "München", "Munich", "Köln", "Frankfurt", "Wien", "Vienna", "Graz", "Linz",
           "Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Antwerp", "Antwerpen", "Gent", "Brussels", "Liège",
           "Copenhagen", "Aarhus", "Odense", "Stockholm", "Göteborg", "Gothenburg", "Malmö", "Oslo", "Bergen",
           "Trondheim", "Helsinki", "Tampere", "Turku", "Warsaw", "Kraków", "Wrocław", "Gdańsk", "Łódź", "Prague",
           "Brno", "Ostrava", "Budapest", "Debrecen", "Szeged", "Bucharest", "Cluj", "Timișoara", "Iași",
           "Lisbon", "Porto", "Braga", "Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Milan", "Milano",
           "Rome", "Napoli", "Torino", "Bologna", "Florence", "Athens", "Thessaloniki", "Patras", "Istanbul",
           "Ankara", "İzmir", "Bursa", "Antalya", "Duisburg", "Venlo", "Tilburg", "Almere", "Santiago de Compostela",
           "San Sebastián", "Santa Cruz", "St. Pölten", "Sankt Augustin", "Esbjerg", "Oulu", "Poznań", "Plzeň",
           "Győr", "Constanța", "Coimbra", "Málaga", "Verona", "Heraklion", "Gaziantep", "Konya", "Mersin"]
_REGIONS = ["Bavaria", "NRW", "Tirol", "Randstad", "Flanders", "Wallonia", "Jutland", "Skåne", "Lapland",
            "Silesia", "Moravia", "Transylvania", "Algarve", "Catalonia", "Andalusia", "Lombardy", "Sicily",
            "Crete", "Anatolia", "Attica", "Zealand", "Uusimaa", "Mazovia", "Ruhrgebiet", "Brabant"]
_COUNTRIES = ["Germany", "Austria", "Netherlands", "Belgium", "Denmark", "Sweden", "Norway", "Finland",
              "Poland", "Czechia", "Hungary", "Romania", "Portugal", "Spain", "Italy", "Greece", "Turkey",
              "Türkiye", "the NL", "DE", "AT", "PL", "CZ", "HU", "RO", "ES", "IT", "GR", "TR", "BE", "DK", "SE"]
_AIRPORTS = ["Schiphol", "FRA", "IST", "Sabiha Gökçen", "Arlanda", "Gardermoen", "Helsinki-Vantaa", "Chopin airport",
             "Ferihegy", "Otopeni", "Humberto Delgado", "Barajas", "Malpensa", "Fiumicino", "Eleftherios Venizelos",
             "Kastrup", "Zaventem", "BER", "Schwechat", "Václav Havel airport", "Marco Polo airport", "Landvetter"]
_MALLS = ["Mall of Scandinavia", "Arkadia", "Cevahir", "Forum Istanbul", "Centro Colombo", "Oriocenter",
          "Westfield Centro", "Donau Zentrum", "Shopping City Süd", "Hoog Catharijne", "Westfield Mokotów",
          "Galeria Krakowska", "Palladium", "Westend City Center", "AFI Cotroceni", "NorteShopping",
          "La Vaguada", "Il Centro Arese", "The Mall Athens", "Zorlu Center", "Emporia", "Fisketorvet",
          "Kamppi", "Sello", "Stovner senter", "Wijnegem Shopping", "Westfield CentrO", "Alexa"]
_STATIONS = ["Hamburg Hbf", "Köln Hbf", "München Hbf", "Amsterdam Centraal", "Rotterdam Centraal",
             "Antwerpen-Centraal", "Wien Meidling", "Wien Hbf", "Milano Centrale", "Roma Termini", "Atocha",
             "Sants", "Praha hlavní nádraží", "Keleti", "Gara de Nord", "Oriente", "Warszawa Centralna",
             "Københavns Hovedbanegård", "Oslo S", "Stockholm Central", "Helsinki Central", "Marmaray Üsküdar",
             "Larissa station", "Utrecht CS", "Bruxelles-Midi", "Gent-Sint-Pieters"]
_LANDMARKS = ["Alexanderplatz", "Marienplatz", "Stephansplatz", "Dam square", "Grote Markt", "Nyhavn",
              "Stortorget", "Senaatintori", "Rynek Główny", "Wenceslas Square", "Hősök tere", "Piața Unirii",
              "Praça do Comércio", "Puerta del Sol", "Piazza San Marco", "Syntagma", "Taksim", "Kızılay",
              "Aristotelous Square", "Rådhuspladsen", "Sergels torg", "Karl Johan", "Museumplein", "Plaza Mayor"]
_TEAMS = ["Billing Ops", "Tier 2", "Tier 1", "Retentions", "Dispatch", "Last Mile", "Claims", "Field Service",
          "Lettings", "Block Management", "Key Handover", "Night Desk", "Returns Hub", "Customs Desk",
          "Planning", "Escalations", "QA", "Back Office", "Move-in Team", "Facility Mgmt", "Hausverwaltung",
          "Damage Desk", "Route Planning", "Supplier Desk", "Tenant Services", "Complaints", "Dispatch NL",
          "Ops DACH", "Nordics queue", "Iberia queue", "CEE queue", "TR hub", "Linehaul", "Warehouse Ops"]
_DEPOTS = ["{c} depot", "{c} hub", "{c} sorting centre", "{c} DC", "{c} Nord depot", "the {c} crossdock",
           "{c} Paketzentrum", "{c} pakketcentrum", "{c} terminal", "{c} aktarma merkezi"]
_PRODUCTS = ["washer", "dryer", "dishwasher", "fridge-freezer", "combi boiler", "heat pump", "Therme",
             "radiator", "water heater", "oven", "hob", "cooker hood", "shower mixer", "WC cistern",
             "smart lock", "intercom", "split AC", "sofa", "wardrobe", "mattress", "pallet", "parcel locker",
             "e-bike", "TV wall mount", "kitchen worktop", "window seal", "roller shutter", "garage door"]
_MODELS = ["WAN28K40", "WGG244A0", "ecoTEC plus", "Vitodens 200-W", "WTX87M40", "KGN39VLEB", "DFN 28422",
           "WMY 10148", "XRO 92", "Serie 6", "W1 Classic", "G 7110 SC", "L7FEE48S", "EWF1408", "FTXM35R",
           "Calenta Ace 40", "Logamax GB122", "Series 8", "TS 5000", "Smart Lock 3.0", "MX-200", "HP-10",
           "iQ500", "EW7F348", "Thermo 8", "R32 kit", "v2.4 firmware"]
_SHORT = ["pls", "thx", "ty", "asap", "b4", "w/", "bc", "tmrw", "lol", "fyi", "np", "tbc", "eta", "pkg",
          "appt", "dept", "re", "ok", "atm", "imo", "btw"]


# ---------------------------------------------------------------- templates
# Personal-data templates.  Placeholders: see _gen().
_PD = [
    "Cust: {CRM} | {ACCT} | issue: {CARRIER} parcel marked delivered but nothing at {ADDR}",
    "cx {G} called re missed slot, pls rebook for {DAY} am, new mob {PHONE}",
    "{T} rang about the {BRAND} {PRODUCT} at {ADDR}, engineer booked {DAY} {TIME}",
    "tenant {N} reports damp in bathroom, flat at {ADDR}. sent to {TEAM}",
    "Spoke w/ {G} ({NICK}) - wants deposit back to {IBAN} asap",
    "Name: {N} | {DOB} | {NATID} | verified ok",
    "{GS} parcel {TRK} stuck at {DEPOT}, cust very upset, promised callback tmrw",
    "Hi team, {N} confirmed new delivery address {ADDR}. Email {EMAIL}. Thx",
    "verified caller via {DOB} and postcode {PC}, then updated phone to {PHONE}",
    "cust {F} says courier left pkg w/ neighbour {N2} instead of locker, {ORD}",
    "key handover for {N} moved to {DAY}, meet at {STREET} 10 min b4, call {PHONE}",
    "refund {AMT} to card ending {LAST4}, cust {G} happy lol",
    "{CRM} - {ORD} - wrong {BRAND} {PRODUCT} delivered, pickup booked, {PHONE}",
    "Caller: {T} ({G}) | tel {PHONE} | re: {TEAM} invoice {AMT} | sorted",
    "new tenant {N}, {DOB}, {NATID}, moving into {ADDR} on {DATE}",
    "{G} from {STREET} wants the {PRODUCT} installer to ring {PHONE} first, dog in garden",
    "Please update email for {N} to {EMAIL} - old one bounces. {ACCT}",
    "landlord {N} called, tenant {N2} not answering, lease {IDRAW}, pls escalate to {TEAM}",
    "driver couldnt find {ADDR}, cx {G} says ring bell for {F2}",
    "chat w/ {G}: paid by card {CARD}, charged twice, {AMT} each. sent to {TEAM}",
    "{HANDLE} complained on Insta about late {CARRIER} delivery, DM'd, {ORD}",
    "cust {N} at {ADDR} - leak under sink, {BRAND} tech eta {TIME}",
    "re-sent invoice to {EMAIL} for {CRM}, {ACCT}",
    "{T} wants callback on {PHONE} after {TIME}, not b4, works nights",
    "ID check: {N} {DOB}, {NATID}, address {ADDR} all match",
    "cust gave IBAN {IBAN} for refund of {AMT}, name on acct {N}",
    "{NICKONLY} ({N}) rang again about the garage door at {STREET}, 3rd time this wk",
    "moving {N} from {PCC} to {ADDR2}, {CNT} boxes + {PRODUCT}",
    "{G} {F}, {PHONE}, {EMAIL} - wants quote for {PRODUCT} replacement",
    "complaint from {N} re damaged {PRODUCT}, photos via WhatsApp to {PHONE}",
    "acct holder {CRM} | DOB {DOBD} | mob {PHONE} | {ACCT}",
    "{GS} mum {G2} will sign for it, same address {ADDR}",
    "cx logged in from ip {IP}, flagged by fraud, {ACCT}, name {N}",
    "sent portal link to {EMAIL}, {N} says page wont load, ip {IP}",
    "{N} moving out {DATE}, final meter reading pls, forwarding address {ADDR}",
    "Dear team, {T} asked us to stop calls to {PHONE}. Please note on {ACCT}. Regards",
    "pickup for {N} ({PLATE} white van) at {ADDR} tmrw {TIME}",
    "tenant {G} says heating off since {DAY}, {ADDR}, kids at home, urgent",
    "{CRM}; {DOB}; {PHONE}; {EMAIL}",
    "customer {N} sent their profile {URL} as proof of identity, not accepted",
    "cx {F} disputes fee, card {CARD} exp {EXP}, pls check w/ {TEAM}",
    "spoke to {T} and daughter {G2}, they want delivery to {STREET} not {PC}",
    "parcel for {N} returned to sender, wrong postcode {PC}, correct is {PCC}",
    "{G}: 'pls call me on {PHONE} not email' - noted on {ACCT}",
    "Rental {IDRAW}: {N} reports broken {PRODUCT}, {ADDR}, access code via {APP}",
    "booking for {N} +{CNT}, contact {EMAIL} / {PHONE}, {DOB}",
    "passport {PASS} and {NATID} rec'd from {N}, scanned to file",
    "{F} family at {ADDR} - roof leak again, {TEAM} to send roofer {DAY}",
    "courier says {G} refused parcel {TRK}, cx denies, pls investigate",
    "CRM paste: {CRM} / {PHONE} / {ADDR} / tier gold",
    "{N} ({HANDLE}) asks for invoice in company name, VAT to {EMAIL}",
    "damage claim {IDRAW} - {N} - {PRODUCT} scratched, IBAN {IBAN}",
    "cust {G} said her ex {N2} still has keys to {STREET}, lock change pls",
    "new cx: {N}, born {DOBW}, {PHONE}",
    "{T} from {PCC} wants weekend delivery, told her {CARRIER} only {DAY}",
    "linked {ACCT} to {EMAIL}, user {G} confirmed by sms to {PHONE}",
    "driver {G2} says {N} was rude at door, {ADDR}, pls note",
    "tenant {N} wants rent reminder to {EMAIL}, paying from {IBAN}",
    "{G} lives at {ADDR} w/ {G2}, both on lease {IDRAW}",
    "cx {N} said website crashed at checkout, ip {IP}, order never placed",
    "agent note: {T} verified w/ {DOB}, last 4 of card {LAST4}",
    "plumber visit {DATE} for {F} at {STREET} - bring {BRAND} parts",
    "{NICKONLY} says pls use back door at {ADDR}, parcel too big for box",
    "handover protocol signed by {N} and {N2}, {CNT} keys, flat {STREET}",
    "cust ph {PHONE} | em {EMAIL} | {ORD} | wants eta",
    "Buenas, {N} called from {CITY}, delivery address is {ADDR}, {PHONE}",
    "{F2}, {G2} (son of {T}) will pick up at {DEPOT}, bring ID {NATID}",
    "social: {URL} - {N} posted pic of broken {PRODUCT}, reached out",
    "{N} at {ADDR} - paid deposit {AMT}, wants receipt to {EMAIL}",
    "cx {G} reschd install to {DAY}, {ADDR}, code {IDRAW} for door",
]

# No-personal-data templates.
_NOPD = [
    "{CARRIER} depot in {CITY} closed {DAY} due to strike, {CNT} parcels held, pls tell cx to expect delays",
    "{TEAM} escalation: {BRAND} {MODEL} error E{CNT} again, parts on backorder till {MONTH}",
    "reminder: {APP} outage {DAY} {TIME}-{TIME2}, use {APP2} for handovers",
    "Ops note - {CNT} vans off road in {CITY}, {CARRIER} covering {REGION} routes until {DAY}",
    "cx asked if we deliver to {COUNTRY}, told yes via {CARRIER}, {CNT}-{CNT2} working days",
    "fyi {MALL} parcel lockers full again, reroute to {STATION} pls",
    "{BRAND} recall on {MODEL}, check stock in {CITY} warehouse b4 dispatch",
    "Tier 1 -> {TEAM}: refund over {AMT} needs approval, ty",
    "{COUNTRY} bank holiday on {DAY}, no {CARRIER} collections, {TEAM} informed",
    "shift swap {DAY} w/ {TEAM}, {CNT} calls in queue at {TIME}",
    "price for {PRODUCT} install in {CITY} is {AMT} incl VAT, {AMT2} for weekend",
    "flight from {AIRPORT} delayed so customs docs late, {CNT} pallets waiting in {CITY}",
    "cx cant log into {APP}, cleared cache, works now lol",
    "new SOP from {TEAM}: photos of every {PRODUCT} on delivery, upload to {APP}",
    "weekly stats: {CNT} tickets, {CNT2} escalated to {TEAM}, CSAT {PCT}%",
    "{BRAND} {MODEL} firmware bug, tell callers to unplug 30 sec, fixes {PCT}%",
    "heat wave in {REGION}, {BRAND} AC installs booked out till {MONTH}",
    "{CARRIER} strike in {COUNTRY} from {DAY}, switch {CITY} orders to {CARRIER2}",
    "cust asked about {APP} payment, not supported yet, offered card or {APP2}",
    "pls dont promise same-day in {CITY}, {TEAM} confirmed cutoff {TIME}",
    "Handover for {STATION} pickup point moved to {MALL} from {DATE}",
    "{CNT} keys missing from the {CITY} office key safe, {TEAM} checking CCTV",
    "cx wanted to know if {BRAND} warranty valid in {COUNTRY} - yes, {CNT} yrs",
    "called {BRAND} trade line, {MODEL} pump ETA {DAY}, ref on file",
    "system slow since {TIME}, {APP} + {APP2} both lagging, IT aware",
    "Hi all - {TEAM} meeting moved to {DAY} {TIME}, agenda: {CARRIER} SLA, {PRODUCT} returns",
    "{CITY} and {CITY2} routes merged from {MONTH}, tell drivers",
    "storm warning {REGION} {DAY}, roofers cancelled, rebook via {TEAM}",
    "customer asked for quote, {PRODUCT} from {BRAND} {AMT}, sent template 4B",
    "{AIRPORT} cargo terminal closed {TIME}-{TIME2} {DAY}, {CARRIER} pickups late",
    "reminder to log all {COUNTRY} calls under {TEAM}, not {TEAM2}",
    "{BRAND} and {BRAND2} parts now stocked at {CITY} hub, {CNT} SKUs",
    "cx thx'd us for fast fix on {PRODUCT}, 5 stars on {APP}",
    "Lift out of order at {MALL} loading dock, deliveries via rear ramp till {DAY}",
    "{CNT} rentals in {CITY} due inspection in {MONTH}, {TEAM} to schedule",
    "asked {TEAM} re {CARRIER} tracking gaps, known issue since {DAY}",
    "queue peak {TIME}, {CNT} abandoned, need extra cover {DAY} for {COUNTRY}",
    "pallet from {CITY} to {CITY2} stuck at border, {CNT}h wait, customs desk aware",
    "{PRODUCT} from {BRAND} arrived damaged at {DEPOT}, returned to supplier, no cx impact",
    "FYI {STATION} is closed for works in {MONTH}, courier hand-offs at {MALL} instead",
    "market on {LANDMARK} every {DAY}, no van access after {TIME}, {CARRIER} drivers told",
    "roadworks near {LANDMARK} in {CITY} till {MONTH}, add 20 min to ETAs, thx",
    "{CNT} Airbnb units near {LANDMARK} need new {BRAND} locks b4 {MONTH}, {TEAM} owns it",
]


def _digits(rng, pat):
    out = []
    for ch in pat:
        if ch == "d":
            out.append(str(rng.randint(0, 9)))
        elif ch == "L":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ"))
        elif ch == "l":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ"))
        elif ch == "*":
            out.append(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def _iban(rng, cc):
    n = _IBAN_LEN[cc] - 4
    if cc in _IBAN_BANK:
        bban = rng.choice(_IBAN_BANK[cc]) + "".join(str(rng.randint(0, 9)) for _ in range(n - 4))
    else:
        bban = "".join(str(rng.randint(0, 9)) for _ in range(n))
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    check = 98 - int(num) % 97
    raw = f"{cc}{check:02d}{bban}"
    style = rng.random()
    if style < 0.5:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


def _luhn_card(rng):
    prefix = rng.choice(["4", "51", "53", "55", "2221", "37", "6011"])
    length = 15 if prefix == "37" else 16
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    full = body + str((10 - total % 10) % 10)
    if rng.random() < 0.6:
        if length == 16:
            return " ".join(full[i:i + 4] for i in range(0, 16, 4))
        return f"{full[:4]} {full[4:10]} {full[10:]}"
    return full


class _Person:
    pass


class _Gen:
    def __init__(self, rng, listed):
        self.rng = rng
        self.listed = listed

    def ok(self, s):
        return all(_fold(w) not in self.listed for w in _name_words(s))

    def _pick(self, pool):
        rng = self.rng
        for _ in range(30):
            w = rng.choice(pool)
            if rng.random() < 0.2:
                w = _ascii(w)
            if self.ok(w):
                return w
        for w in rng.sample(pool, len(pool)):
            if self.ok(w):
                return w
            if self.ok(_ascii(w)):
                return _ascii(w)
        return None

    def person(self, culture):
        rng = self.rng
        cultures = [culture] + rng.sample(list(_G), len(_G))
        for c in cultures:
            g = self._pick(_G[c])
            f = self._pick(_F[c])
            if g and f:
                p = _Person()
                p.c, p.g, p.f = c, g, f
                # Spanish double surname
                if c == "spanish" and rng.random() < 0.35:
                    f2 = self._pick(_F[c])
                    if f2 and f2 != f:
                        p.f = f + " " + f2
                if c == "portuguese" and rng.random() < 0.3:
                    f2 = self._pick(_F[c])
                    if f2 and f2 != f:
                        p.f = f2 + " " + f
                if c in ("danish", "swedish", "norwegian") and rng.random() < 0.15:
                    g2 = self._pick(_G[c])
                    if g2 and g2 != g:
                        p.g = g + "-" + g2 if rng.random() < 0.5 else g + " " + g2
                nicks = [n for n in _NICKS.get(c, []) if self.ok(n)]
                p.nick = rng.choice(nicks) if nicks else None
                return p
        raise RuntimeError("no usable name left")


def _country_for(rng):
    return rng.choice(list(_C))


def _culture_for(rng, cc):
    if rng.random() < 0.3:
        return rng.choice(_DIASPORA + ["kurdish", "syrian", "moroccan", "roma", "bcs", "turkish"])
    return rng.choice(_C[cc][0])


def _fill_postcode(rng, pat, cc):
    pc = _digits(rng, pat)
    if cc == "DK" and rng.random() < 0.2:
        pc = "DK-" + pc
    if cc == "AT" and rng.random() < 0.1:
        pc = "A-" + pc
    if cc == "SE" and rng.random() < 0.3:
        pc = pc.replace(" ", "")
    if cc == "NL" and rng.random() < 0.25:
        pc = pc.replace(" ", "")
    return pc


def _street(rng, cc):
    st = rng.choice(_C[cc][1])
    n = rng.randint(1, 180)
    r = rng.random()
    if cc in ("DE",):
        s = f"{st} {n}" + (rng.choice(["a", "b", "A"]) if r < 0.15 else "")
        if rng.random() < 0.15:
            s += rng.choice([", 3. OG", ", WE 12", ", Hinterhaus", ", 2. Stock links"])
    elif cc == "AT":
        s = f"{st} {n}" + (f"/{rng.randint(1, 4)}/{rng.randint(1, 30)}" if r < 0.5 else f" Top {rng.randint(1, 40)}" if r < 0.7 else "")
    elif cc == "NL":
        s = f"{st} {n}" + (rng.choice(["-2", "-III", " hs", " A", "-1"]) if r < 0.4 else "")
    elif cc == "BE":
        s = f"{st} {n}" + (rng.choice([" bus 3", " bus 12", " bte 2", "/0101"]) if r < 0.4 else "")
    elif cc == "DK":
        s = f"{st} {n}" + (rng.choice([", 2. th.", ", 3. tv.", ", st.", ", 1. mf."]) if r < 0.6 else "")
    elif cc == "SE":
        s = f"{st} {n}" + (rng.choice(["B", "A", " lgh 1102", ", 3 tr"]) if r < 0.4 else "")
    elif cc == "NO":
        s = f"{st} {n}" + (rng.choice(["B", " H0201", "A"]) if r < 0.35 else "")
    elif cc == "FI":
        s = f"{st} {n}" + (rng.choice([" B 7", " as 12", " A 3", " C 45"]) if r < 0.6 else "")
    elif cc == "PL":
        s = f"{st} {n}" + (f"/{rng.randint(1, 80)}" if r < 0.5 else f" m. {rng.randint(1, 60)}" if r < 0.7 else "")
    elif cc == "CZ":
        s = f"{st} {rng.randint(100, 2999)}/{n}" if r < 0.6 else f"{st} {n}"
    elif cc == "HU":
        s = f"{st} {n}." + (rng.choice([" 3. em. 12.", " fsz. 2", " II/5", " 4/14"]) if r < 0.5 else "")
    elif cc == "RO":
        s = f"{st} nr. {n}" + (f", bl. {rng.choice('ABCDM')}{rng.randint(1, 9)}, sc. {rng.randint(1, 3)}, ap. {rng.randint(1, 60)}" if r < 0.4 else "")
    elif cc == "PT":
        s = (f"{st}, {n}" if r < 0.5 else f"{st} nº {n}") + (rng.choice([", 2º Esq", ", 3º Dto", " r/c", ", 1º D"]) if rng.random() < 0.5 else "")
    elif cc == "ES":
        s = f"{st} {n}" + (rng.choice([", 3º B", ", 2º 1ª", ", bajo", ", 5º izq", " 4-2"]) if r < 0.6 else "")
    elif cc == "IT":
        s = f"{st} {n}" + (rng.choice([" int. 5", ", scala B", "/A", " int 12"]) if r < 0.35 else "")
    elif cc == "GR":
        s = f"{st} {n}"
    else:  # TR
        s = f"{st} No: {n}" if r < 0.4 else f"{st} No:{n}" if r < 0.6 else f"{st} {n}"
        if rng.random() < 0.5:
            s += rng.choice([f" D: {rng.randint(1, 20)}", f" Daire {rng.randint(1, 20)}", f"/{rng.randint(1, 20)}", f" K:{rng.randint(1, 9)}"])
    return s


def _dob_date(rng, written=False):
    y = rng.randint(1938, 2004)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    if written:
        forms = [f"{d} {_MON3[m - 1]} {y % 100:02d}", f"{d} {_MONTHS[m - 1]} {y}", f"{_MONTHS[m - 1]} {d}, {y}",
                 f"{d}. {_MONTHS[m - 1]} {y}", f"{d}th {_MON3[m - 1]} {y}", f"{_MON3[m - 1]} {y}"]
    else:
        forms = [f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d}/{m}/{y % 100:02d}",
                 f"{d:02d}-{m:02d}-{y}", f"{d}.{m}.{y}", f"{d:02d}{m:02d}{y % 100:02d}"]
    return rng.choice(forms)


def _email(rng, p, cc):
    g = re.sub(r"[^a-z]", "", _ascii(p.g.split(" ")[0].split("-")[0]).lower())
    f = re.sub(r"[^a-z]", "", _ascii(p.f).lower())
    dom = rng.choice(_C[cc][4])
    yy = rng.randint(60, 99)
    local = rng.choice([f"{g}.{f}", f"{g}{f}", f"{g[0]}.{f}", f"{f}.{g}", f"{g}_{f}{yy}", f"{g}{yy}",
                        f"{f}{rng.randint(1, 999)}", f"{g}.{f[0]}", f"{g}-{f}"])
    return f"{local}@{dom}"


def _gen_field(key, ctx):
    rng = ctx["rng"]
    cc = ctx["cc"]
    p = ctx["p"]
    p2 = ctx["p2"]
    C = _C[cc]
    nm = lambda s: (s, "name")
    o = lambda s: (s, "o")
    if key == "G":
        return [nm(p.g)]
    if key == "F":
        return [nm(p.f)]
    if key == "G2":
        return [nm(p2.g)]
    if key == "F2":
        return [nm(p2.f)]
    if key in ("N", "N2"):
        q = p if key == "N" else p2
        if q.c in _FAMILY_FIRST and rng.random() < 0.7:
            return [nm(q.f), o(" "), nm(q.g)]
        if rng.random() < 0.15:
            return [nm(q.g + " " + q.f)]
        return [nm(q.g), o(" "), nm(q.f)]
    if key == "CRM":
        f = p.f.upper() if rng.random() < 0.6 else p.f
        if rng.random() < 0.6:
            return [nm(f"{f}, {p.g}")]
        return [nm(f), o(", "), nm(p.g)]
    if key == "T":
        if p.c in _SUFFIX_TITLES and rng.random() < 0.6:
            base = p.f if p.c == "hungarian" else p.g
            return [nm(base), o(rng.choice(_SUFFIX_TITLES[p.c]))]
        return [o(rng.choice(_TITLES[p.c]) + " "), nm(p.f)]
    if key == "NICK":
        if p.nick:
            q = rng.choice(['"', "'"])
            return [o("aka " + q if rng.random() < 0.4 else q), nm(p.nick), o(q)]
        return [o("no nickname")]
    if key == "NICKONLY":
        return [nm(p.nick or p.g)]
    if key in ("GS", "FS"):
        base = p.g if key == "GS" else p.f
        return [nm(base), o("'s" if not base.endswith("s") else "'")]
    if key == "EMAIL":
        return [(_email(rng, p, cc), "email")]
    if key == "PHONE":
        return [(_digits(rng, rng.choice(C[3])), "phone")]
    if key in ("ADDR", "ADDR2"):
        c2 = cc if key == "ADDR" else ctx.get("cc2", cc)
        city, pat = rng.choice(_C[c2][2])
        st = _street(rng, c2)
        pc = _fill_postcode(rng, pat, c2)
        r = rng.random()
        if r < 0.65:
            return [(st, "address"), o(", "), (pc, "postcode"), o(" "), (city, "~")]
        if r < 0.8:
            return [(st, "address"), o(" "), (pc, "postcode")]
        if r < 0.92:
            return [(st, "address"), o(", "), (city, "~"), o(" "), (pc, "postcode")]
        return [(st, "address"), o(", "), (city, "~")]
    if key == "STREET":
        return [(_street(rng, cc), "address")]
    if key == "PC":
        city, pat = rng.choice(C[2])
        return [(_fill_postcode(rng, pat, cc), "postcode")]
    if key == "PCC":
        city, pat = rng.choice(C[2])
        return [(_fill_postcode(rng, pat, cc), "postcode"), o(" "), (city, "~")]
    if key == "ACCT":
        cue = rng.choice(["Acct ", "acct ", "acct#", "account no. ", "Kundennr. ", "cust no ", "contract ",
                          "customer ID ", "klantnr ", "abonament nr ", "müşteri no "])
        return [o(cue), (_digits(rng, rng.choice(["dddddd", "dddddddd", "CU-dddddd", "ddd-ddd-ddd", "Kdddddd"])), "id")]
    if key == "ORD":
        cue = rng.choice(["order ", "Order #", "ord ", "order no ", "Bestellung ", "bestelnr ", "zamówienie ",
                          "sipariş no ", "ticket ", "case ", "ref ", "Ticket#", "INC"])
        pat = rng.choice(["ddddddd", "ORD-dddddd", "dddd-dddd", "ddddddddd", "TK-ddddd", "dddddd"])
        return [o(cue), (_digits(rng, pat), "id")]
    if key == "TRK":
        pat = rng.choice(["JJDdddddddddddddddd", "1ZdddLLdddddddddddd", "dddddddddddddd", "3SABCDdddddddd",
                          "CXdddddddddDE", "LLdddddddddPL", "dddddddddddd"])
        cue = rng.choice(["", "tracking ", "trk ", "AWB ", "shipment "])
        return ([o(cue)] if cue else []) + [(_digits(rng, pat), "id")]
    if key == "IDRAW":
        return [(_digits(rng, rng.choice(["ddddd", "LS-dddd-dd", "Rdddddd", "ddd/dddd", "HV-ddddd"])), "id")]
    if key == "NATID":
        cue, pat = rng.choice(C[5])
        if pat == "CF":
            val = (_digits(rng, "LLLLLL") + _digits(rng, "dd") + rng.choice("ABCDEHLMPRST")
                   + f"{rng.randint(1, 71):02d}" + _digits(rng, "Lddd") + _digits(rng, "L"))
        else:
            y = rng.randint(40, 99)
            m = rng.randint(1, 12)
            d = rng.randint(1, 28)
            pat2 = pat.replace("yy", f"{y:02d}").replace("mm", f"{m:02d}").replace("dd", f"{d:02d}", 1) if "yy" in pat else pat
            val = _digits(rng, pat2)
        return [o(cue + rng.choice([" ", ": ", " "])), (val, "id")]
    if key == "PASS":
        return [(_digits(rng, rng.choice(["LLddddddd", "Cddddddd", "Udddddddd", "ddLLddddd"])), "id")]
    if key == "PLATE":
        return [(_digits(rng, rng.choice(C[6])), "id")]
    if key == "HANDLE":
        g = re.sub(r"[^a-z]", "", _ascii(p.g).lower())
        f = re.sub(r"[^a-z]", "", _ascii(p.f).lower())
        return [("@" + rng.choice([f"{g}_{f}", f"{g}.{f}", f"{g}{rng.randint(1, 99)}", f"{f}_{g[:1]}"]), "id")]
    if key == "IBAN":
        return [(_iban(rng, cc), "iban")]
    if key == "CARD":
        return [(_luhn_card(rng), "card")]
    if key == "LAST4":
        return [(_digits(rng, "dddd"), "card")]
    if key == "EXP":
        return [o(f"{rng.randint(1, 12):02d}/{rng.randint(25, 30)}")]
    if key == "DOB":
        cue = rng.choice(["dob ", "DOB: ", "d.o.b. ", "born ", "geb. ", "b. ", "date of birth ", "DoB ",
                          "f.d. ", "nascido em ", "ur. ", "doğum tarihi "])
        return [o(cue), (_dob_date(rng, cue in ("born ",) and rng.random() < 0.6 or rng.random() < 0.2), "dob")]
    if key == "DOBD":
        return [(_dob_date(rng), "dob")]
    if key == "DOBW":
        return [(_dob_date(rng, True), "dob")]
    if key == "IP":
        if rng.random() < 0.15:
            return [(f"2a02:{rng.randint(0x1000, 0xffff):x}:{rng.randint(0, 0xffff):x}::{rng.randint(1, 0xfff):x}", "ip")]
        return [(f"{rng.choice([85, 91, 178, 31, 95, 188, 213, 46, 62, 77])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "ip")]
    if key == "URL":
        g = re.sub(r"[^a-z]", "", _ascii(p.g).lower())
        f = re.sub(r"[^a-z]", "", _ascii(p.f).lower())
        return [(rng.choice([f"facebook.com/{g}.{f}", f"https://www.instagram.com/{g}{f}",
                             f"linkedin.com/in/{g}-{f}-{rng.randint(100, 999)}", f"www.{g}{f}.{cc.lower()}",
                             f"https://x.com/{g}_{f}", f"tiktok.com/@{g}{f}{rng.randint(1, 99)}"]), "url")]
    # ---------------- keep-words
    if key == "CARRIER":
        return [o(rng.choice(_CARRIERS))]
    if key == "CARRIER2":
        return [o(rng.choice(_CARRIERS))]
    if key in ("BRAND", "BRAND2"):
        return [o(rng.choice(_BRANDS))]
    if key in ("APP", "APP2"):
        return [o(rng.choice(_APPS))]
    if key in ("CITY", "CITY2"):
        return [o(rng.choice(_CITIES))]
    if key == "LANDMARK":
        return [o(rng.choice(_LANDMARKS))]
    if key == "REGION":
        return [o(rng.choice(_REGIONS))]
    if key == "COUNTRY":
        return [o(rng.choice(_COUNTRIES))]
    if key == "AIRPORT":
        return [o(rng.choice(_AIRPORTS))]
    if key == "MALL":
        return [o(rng.choice(_MALLS))]
    if key == "STATION":
        return [o(rng.choice(_STATIONS))]
    if key in ("TEAM", "TEAM2"):
        return [o(rng.choice(_TEAMS))]
    if key == "DEPOT":
        return [o(rng.choice(_DEPOTS).format(c=rng.choice(_CITIES)))]
    if key == "PRODUCT":
        return [o(rng.choice(_PRODUCTS))]
    if key == "MODEL":
        return [o(rng.choice(_MODELS))]
    if key == "DAY":
        return [o(rng.choice(_DAYS + _DAY3))]
    if key == "MONTH":
        return [o(rng.choice(_MONTHS + [m.capitalize() for m in _MON3]))]
    if key in ("TIME", "TIME2"):
        h = rng.randint(7, 20)
        return [o(rng.choice([f"{h}:{rng.choice(['00', '15', '30', '45'])}", f"{h}h", f"{h % 12 or 12}pm" if h > 12 else f"{h}am", f"{h}.30"]))]
    if key == "DATE":
        d = rng.randint(1, 28)
        m = rng.randint(1, 12)
        return [o(rng.choice([f"{d}/{m}", f"{d:02d}.{m:02d}.", f"{d} {_MON3[m - 1]}", f"{_MONTHS[m - 1]} {d}", f"{d:02d}/{m:02d}/2024"]))]
    if key in ("AMT", "AMT2"):
        v = rng.randint(9, 2400)
        cur = {"DE": "€", "AT": "€", "NL": "€", "BE": "€", "FI": "€", "PT": "€", "ES": "€", "IT": "€", "GR": "€",
               "DK": "DKK", "SE": "SEK", "NO": "NOK", "PL": "zł", "CZ": "Kč", "HU": "Ft", "RO": "lei", "TR": "TL"}[cc]
        if cur == "€":
            return [o(rng.choice([f"€{v}", f"{v} EUR", f"{v},{rng.randint(0, 99):02d} €", f"EUR {v}.{rng.randint(0, 99):02d}"]))]
        if cur == "Ft":
            v *= 350
        return [o(rng.choice([f"{v} {cur}", f"{cur} {v}"]))]
    if key in ("CNT", "CNT2"):
        return [o(str(rng.randint(2, 140)))]
    if key == "PCT":
        return [o(str(rng.randint(40, 99)))]
    raise KeyError(key)


_PH = re.compile(r"\{([A-Z0-9]+)\}")


def _render(tpl, ctx):
    parts = []
    pos = 0
    for m in _PH.finditer(tpl):
        if m.start() > pos:
            parts.append((tpl[pos:m.start()], "o"))
        parts.extend(_gen_field(m.group(1), ctx))
        pos = m.end()
    if pos < len(tpl):
        parts.append((tpl[pos:], "o"))
    return parts


def _merge(parts):
    out = []
    for t, l in parts:
        if not t:
            continue
        if out and out[-1][1] == "o" and l == "o":
            out[-1] = (out[-1][0] + t, "o")
        else:
            out.append((t, l))
    return out


_TYPOS = [("please", "pls"), ("tomorrow", "tmrw"), ("customer", "cust"), ("because", "bc"), ("thanks", "thx"),
          ("the ", "teh "), ("received", "recieved"), ("with ", "w/ "), ("before", "b4"), ("delivery", "delivry")]


def blind_notes(listed: frozenset[str]) -> list[list[tuple[str, str]]]:
    rng = random.Random(SEED)
    listed = frozenset(w.lower() for w in listed)
    gen = _Gen(rng, listed)
    notes = []
    seen = set()
    pd_idx = 0
    np_idx = 0
    attempts = 0
    while len(notes) < N_NOTES:
        attempts += 1
        if attempts > N_NOTES * 50:
            raise RuntimeError("could not build enough notes")
        cc = _country_for(rng)
        ctx = {"rng": rng, "cc": cc, "cc2": cc if rng.random() < 0.7 else _country_for(rng)}
        ctx["p"] = gen.person(_culture_for(rng, cc))
        ctx["p2"] = gen.person(ctx["p"].c if rng.random() < 0.6 else _culture_for(rng, cc))
        if rng.random() < 0.45:
            tpl = _NOPD[np_idx % len(_NOPD)] if np_idx < len(_NOPD) else rng.choice(_NOPD)
            np_idx += 1
        else:
            tpl = _PD[pd_idx % len(_PD)] if pd_idx < len(_PD) else rng.choice(_PD)
            pd_idx += 1
        parts = _render(tpl, ctx)
        # light style variation on 'o' text
        if rng.random() < 0.25:
            a, b = rng.choice(_TYPOS)
            parts = [(t.replace(a, b), l) if l == "o" else (t, l) for t, l in parts]
        if rng.random() < 0.1:
            parts.append((rng.choice([" thx", " ty", " - done", " lol", " pls chase", " cb tmrw", " !!"]), "o"))
        if rng.random() < 0.36:
            parts = [(t.lower(), l) for t, l in parts]
        elif rng.random() < 0.05:
            parts = [(t.upper(), l) if l == "o" else (t, l) for t, l in parts]
        parts = _merge(parts)
        # name parts must still respect `listed` after case changes (folding is case-insensitive anyway)
        if any(l == "name" and not gen.ok(t) for t, l in parts):
            continue
        text = "".join(t for t, _ in parts)
        nw = len(text.split())
        if "\n" in text or not 5 <= nw <= 45 or text in seen:
            continue
        seen.add(text)
        notes.append(parts)
    return notes


def _selfcheck():
    from collections import Counter
    sample = frozenset(["mehmet", "anna", "maria", "muller", "jansen", "silva", "nowak", "ahmad", "el",
                        "van", "de", "yilmaz", "horvath", "papadopoulos", "rossi", "garcia", "kaya"])
    for listed in (frozenset(), sample):
        notes = blind_notes(listed)
        assert len(notes) == N_NOTES, len(notes)
        texts = ["".join(t for t, _ in n) for n in notes]
        assert len(set(texts)) == N_NOTES
        assert blind_notes(listed) == notes, "not deterministic"
        cnt = Counter()
        lower = nopd = 0
        for n, text in zip(notes, texts):
            assert "\n" not in text
            assert 5 <= len(text.split()) <= 45, text
            for t, l in n:
                assert l in LABELS, l
                cnt[l] += 1
                if l != "o":
                    assert t and t == t.strip(), (t, l)
                if l == "name":
                    for w in _name_words(t):
                        assert _fold(w) not in listed, (w, text)
            if text == text.lower():
                lower += 1
            if all(l in ("o", "~") for _, l in n):
                nopd += 1
        print(f"listed={len(listed)} words")
        for l in LABELS:
            print(f"  {l:9s} {cnt[l]}")
        print(f"  all-lower share: {lower / N_NOTES:.3f}")
        print(f"  no-personal-data share: {nopd / N_NOTES:.3f}")
    print("templates: PD", len(_PD), "no-PD", len(_NOPD))
    print("ok")


if __name__ == "__main__":
    _selfcheck()
