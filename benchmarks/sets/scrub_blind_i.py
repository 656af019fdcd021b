#!/usr/bin/env python3
"""Blind evaluation set: customer-care agents' "customer wins" notes.

Setting: English-language service hubs in continental Europe and the Caucasus.
Standard library only, deterministic (fixed seed).
"""
import random
import re
import unicodedata

SEED = 90417
N_NOTES = 1000
LABELS = {"o", "name", "email", "phone", "card", "id", "address", "postcode",
          "ip", "url", "iban", "dob", "~"}
PII_LABELS = LABELS - {"o", "~"}

# ---------------------------------------------------------------------------
# Names: culture -> (male given, female given, family (male/base form))
# ---------------------------------------------------------------------------
NAMES = {
    "lt": (
        "Algirdas Arūnas Audrius Darius Dainius Donatas Egidijus Gediminas Giedrius Kęstutis Linas Mantas "
        "Mindaugas Nerijus Paulius Povilas Rimantas Rokas Saulius Tadas Vaidas Valdas Vytautas Žydrūnas "
        "Raimondas Arvydas Ignas Karolis Šarūnas Justinas Deividas Vilius Virgilijus",
        "Agnė Aistė Asta Aušra Birutė Dalia Daiva Eglė Gintarė Ieva Indrė Inga Jolanta Jurgita Laima Lina "
        "Milda Neringa Rasa Rūta Simona Skaistė Vaida Vilma Viltė Živilė Goda Ugnė Austėja Gabija Rugilė "
        "Miglė Dovilė Rasa Vaiva",
        "Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas Butkus Paulauskas Urbonas "
        "Kavaliauskas Balčiūnas Navickas Ramanauskas Savickas Rimkus Sakalauskas Baranauskas Vaitkus Mockus "
        "Šimkus Kairys Žilinskas Gudaitis Juška Adomaitis Mažeikis Grigas Valančius Norkus Dambrauskas "
        "Lukoševičius Bernotas",
    ),
    "lv": (
        "Jānis Andris Aivars Artūrs Edgars Gatis Guntis Ivars Kārlis Krišjānis Mārtiņš Raimonds Uldis Valdis "
        "Viesturs Normunds Dainis Ojārs Kristaps Rihards Reinis Gints Ainārs Arnis Imants Juris Māris Raitis "
        "Egils Ansis Didzis",
        "Baiba Dace Dzintra Ilze Inese Inga Kristīne Laila Liene Līga Sanita Santa Zane Agnese Aija Dagnija "
        "Elīna Evija Gunta Iveta Kitija Rasma Sarmīte Vija Zaiga Madara Daina Ieva Anete Ināra Solvita",
        "Bērziņš Kalniņš Ozols Jansons Liepiņš Krūmiņš Vītols Eglītis Zariņš Balodis Ozoliņš Pētersons "
        "Kļaviņš Lapsa Avotiņš Vanags Kārkliņš Siliņš Grīnbergs Dzenis Strazds Leitis Āboliņš Kalējs Puriņš "
        "Zvaigzne Rozītis Sproģis Lūsis Mednis Priede Circenis",
    ),
    "ee": (
        "Andres Ants Arvo Indrek Jaan Jüri Kalev Kaido Lauri Madis Margus Märt Peeter Priit Rein Siim Tarmo "
        "Tõnu Toomas Urmas Vello Veiko Raivo Mihkel Kristjan Taavi Ülo Aivar Meelis Hannes Rasmus Tiit",
        "Anu Kadri Kai Kairi Katrin Kersti Liis Maarja Mari Merike Piret Pille Reet Riina Sirje Tiina Triin "
        "Ülle Helle Eha Kaja Kärt Kristi Liina Marju Tiiu Maret Merle Siiri Anneli Getter Laine",
        "Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves Pärn Koppel Lepik Kuusk Mets Raudsepp Vaher Kivi Lõhmus "
        "Ots Järv Luik Kallas Ojala Põder Aun Tõnisson Valk Sild Karu Laur Rand Kõiv Saks",
    ),
    "ro": (
        "Andrei Bogdan Cătălin Ciprian Constantin Costel Dorin Dragoș Florin Gheorghe Ionuț Liviu Marian "
        "Mihai Mircea Ovidiu Radu Răzvan Sorin Tudor Valentin Vlad Cosmin Horia Laurențiu Lucian Silviu "
        "Virgil Traian Nicușor Iulian Dănuț",
        "Adina Alina Anca Andreea Camelia Corina Cristina Dana Daniela Delia Elena Florentina Gabriela Ioana "
        "Irina Loredana Luminița Mădălina Mihaela Mirela Monica Nicoleta Oana Raluca Ramona Roxana Simona "
        "Teodora Viorica Ilinca Bianca Georgiana Alexandra",
        "Popescu Ionescu Popa Dumitrescu Stan Stoica Gheorghiu Rusu Munteanu Matei Constantinescu Ciobanu "
        "Lungu Moldovan Dinu Zamfir Neagu Niculescu Bălan Tănase Mocanu Enache Florea Cristea Vasilescu "
        "Stănescu Iordache Oprea Toma Dobre Sârbu Pîrvu Nistor Ungureanu Țurcanu",
    ),
    "bg": (
        "Georgi Dimitar Dimitǎr Ivaylo Ivailo Hristo Stoyan Todor Nikolay Plamen Krasimir Tsvetan Lyubomir "
        "Boyko Rumen Svetoslav Yordan Kaloyan Zlatko Angel Veselin Lachezar Petko Asen Bozhidar Radoslav "
        "Trayan Desislav Tihomir Kiril Mladen",
        "Desislava Tsvetelina Gergana Radostina Snezhana Yordanka Velichka Mariela Galya Rositsa Neli Boryana "
        "Silviya Ralitsa Zornitsa Kremena Yoana Hristina Denitsa Stanislava Milena Petya Vanya Svetla "
        "Lyudmila Nadezhda Iliana Dobromira Violeta Tanya Raina",
        "Ivanov Georgiev Dimitrov Petrov Nikolov Hristov Stoyanov Todorov Angelov Iliev Atanasov Yordanov "
        "Jordanov Kolev Marinov Vasilev Stefanov Mihaylov Mihailov Kostov Zhelev Jelev Tsvetkov Bozhilov "
        "Dobrev Penev Radev Slavov Kirilov Genchev Minchev Hadzhiev Petkov Balabanov Tsankov",
    ),
    "gr": (
        "Giorgos Yiorgos Dimitris Kostas Nikos Panagiotis Vasilis Christos Thanasis Giannis Yannis Stavros "
        "Spyros Kyriakos Evangelos Vangelis Apostolos Theodoros Manolis Michalis Alexandros Stelios Sotiris "
        "Lefteris Antonis Pavlos Fotis Haris Babis Achilleas Ilias Dionysis",
        "Eleni Katerina Dimitra Vasiliki Angeliki Konstantina Despina Eirini Irini Chrysoula Panagiota "
        "Stavroula Evangelia Foteini Paraskevi Theodora Kalliopi Athina Ioanna Efi Xanthi Niki Roula Voula "
        "Sotiria Eftychia Myrto Danai Zoi Artemis Fani Styliani",
        "Papadopoulos Papadakis Georgiou Dimitriou Nikolaidis Konstantinidis Vlachos Oikonomou Alexiou "
        "Karagiannis Christodoulou Pappas Makris Antoniou Ioannidis Theodorou Angelopoulos Kyriakidis "
        "Stavropoulos Mavridis Katsaros Lambrakis Tsakalidis Zervas Koutsoukos Chatzigeorgiou Hatzigeorgiou "
        "Triantafyllou Spanos Kotsis Panagiotopoulos Economou Daskalakis",
    ),
    "hu": (
        "László István Zoltán Gábor Attila Tamás Zsolt Csaba Balázs Levente Gergely Bence Ákos Szabolcs "
        "Botond Márton Dénes Tibor Ferenc Sándor Géza Imre Lajos Béla Miklós Károly Endre Kristóf Barnabás "
        "Zsombor Huba",
        "Erzsébet Katalin Ildikó Zsuzsanna Éva Judit Ágnes Krisztina Enikő Réka Tímea Orsolya Zsófia "
        "Boglárka Dorottya Csilla Gyöngyi Melinda Noémi Piroska Hajnalka Anikó Virág Ibolya Szilvia Etelka "
        "Borbála Emese Kinga Zsuzsa Erika",
        "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos "
        "Mészáros Oláh Rácz Fekete Szilágyi Török Fehér Balázs Gál Kis Szűcs Kocsis Orsós Pintér Fodor "
        "Szalai Sipos Lukács Gulyás Bíró Vörös",
    ),
    "cz": (
        "Jiří Petr Josef Pavel Tomáš Jaroslav Miroslav Zdeněk Václav Michal František Jakub Milan Karel Lukáš "
        "Vojtěch Radek Ondřej Luboš Vratislav Bohumil Stanislav Přemysl Jindřich Dušan Matěj Zbyněk Čestmír "
        "Vít Bořivoj Radim",
        "Jana Hana Lenka Kateřina Věra Lucie Alena Petra Jaroslava Veronika Martina Jitka Tereza Ludmila "
        "Zdeňka Ivana Michaela Markéta Zuzana Barbora Šárka Dagmar Radka Blanka Vlasta Libuše Božena "
        "Drahomíra Jiřina Kamila Romana",
        "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Pospíšil Hájek "
        "Jelínek Král Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák Urban Blažek Kříž "
        "Kovář Bartoš Vlček Polák Musil Šimek Konečný Malý Holub Štěpánek Janda",
    ),
    "sk": (
        "Ján Jozef Michal Marek Juraj Ľubomír Miroslav Dušan Stanislav Marián Vladimír Ľuboš Matúš Rastislav "
        "Igor Štefan Milan Branislav Pavol Ondrej Radovan Tibor Andrej Dávid Samuel Roman Boris Viliam "
        "Ľudovít Peter Kamil",
        "Mária Zuzana Katarína Jana Ľudmila Monika Lucia Gabriela Martina Andrea Soňa Dáša Jarmila Alžbeta "
        "Viera Daniela Ivana Silvia Beáta Slávka Ľubica Mirka Kristína Dominika Simona Natália Timea Adriána "
        "Zdenka Jozefína Dana",
        "Horváth Kováč Varga Tóth Baláž Szabó Molnár Balog Lukáč Kollár Oravec Hudák Polák Kráľ Rusnák "
        "Gajdoš Mihalik Bartoš Marko Čierny Šimko Kmeť Hruška Mikuš Gregor Holub Sloboda Krajčír Ďuriš "
        "Mráz Kučera Lacko",
    ),
    "si": (
        "Janez Franc Jože Marko Luka Matej Anže Andrej Miha Rok Žiga Gregor Primož Tadej Blaž Boštjan Aljaž "
        "Uroš Jure Klemen Matjaž Domen Gašper Nejc Jaka Tilen Bojan Dušan Mitja Rene Tomaž",
        "Maja Nina Urška Špela Mojca Tina Petra Tjaša Anja Katja Mateja Nataša Polona Metka Tanja Alenka "
        "Darja Jožica Nuša Neža Ajda Manca Pia Zala Ema Vesna Irena Tamara Breda Sabina Saša",
        "Novak Horvat Kovačič Krajnc Zupančič Potočnik Kovač Mlakar Kos Vidmar Golob Turk Kralj Božič "
        "Korošec Bizjak Zupan Hribar Kavčič Rozman Kastelic Oblak Žagar Petek Kolar Košir Koren Mežnar Pirc "
        "Ferjančič Jereb",
    ),
    "hr": (
        "Ivan Josip Marko Tomislav Stjepan Zoran Dražen Krešimir Mladen Hrvoje Davor Goran Darko Željko Dario "
        "Ante Mate Luka Domagoj Vedran Nikola Boris Zvonimir Vinko Damir Slaven Branimir Tihomir Siniša Ivica "
        "Dubravko",
        "Ivana Marija Kata Mirjana Snježana Vesna Sanja Tihana Ljiljana Jasna Gordana Željka Dubravka Maja "
        "Nikolina Katarina Ankica Zrinka Božena Mirna Nada Zora Dunja Lucija Petra Martina Antonija Ružica "
        "Jelena Iva Lana",
        "Horvat Kovačević Babić Marić Jurić Novak Kovačić Knežević Vuković Marković Petrović Matić Tomić "
        "Pavlović Božić Blažević Grgić Pavić Radić Perić Kralj Lovrić Vidović Šarić Barišić Bašić Perković "
        "Crnković Zec Galić Jukić Mandić Rukavina Tadić",
    ),
    "rs": (
        "Aleksandar Nenad Dragan Dejan Nemanja Miloš Vladimir Stefan Uroš Bojan Dušan Slobodan Radomir "
        "Predrag Srđan Srdjan Vuk Lazar Dragoljub Milorad Zoran Branko Vojislav Živko Ognjen Relja Strahinja "
        "Đorđe Djordje Obrad Milutin",
        "Jelena Milica Dragana Snežana Jovana Tijana Biljana Gordana Ljubica Svetlana Danijela Sanja Nataša "
        "Mirjana Slađana Sladjana Bojana Katarina Nevena Teodora Anđela Andjela Dušica Radmila Vukica Zorica "
        "Jasmina Olivera Kosana Ljubinka Milena",
        "Jovanović Petrović Nikolić Marković Đorđević Djordjević Stojanović Ilić Stanković Pavlović Milošević "
        "Popović Živković Todorović Ristić Kostić Lazić Radovanović Obradović Savić Milenković Vasić Janković "
        "Mitrović Simić Lukić Stevanović Zdravković Radosavljević Tasić Bogdanović",
    ),
    "ge": (
        "Giorgi Davit Levan Lasha Irakli Zurab Nikoloz Mamuka Tornike Gela Vakhtang Vakhtangi Shota Beka Otar "
        "Zviad Revaz Temur Tamaz Archil Gocha Nodar Merab Ramaz Koba Guram Lado Dato Sandro Kakha Paata "
        "Ilia Giga",
        "Nino Tamar Mariam Ketevan Eka Natia Salome Nana Tamta Lela Nato Manana Medea Tekla Elene Sopho "
        "Sofio Khatia Maia Mzia Lali Nanuli Eter Tsitsino Tinatin Teona Marika Keti Lika Nestan Rusudan "
        "Tako Ia",
        "Beridze Kapanadze Gelashvili Maisuradze Giorgadze Lomidze Tsiklauri Bolkvadze Kvaratskhelia Nozadze "
        "Khutsishvili Abashidze Mamaladze Chkheidze Jgharkava Jorbenadze Dolidze Gogoladze Tskhadadze "
        "Mchedlishvili Kiknadze Sulaberidze Kvirikashvili Chikovani Japaridze Gvaramia Khachidze Meladze "
        "Tsereteli Shengelia Gogichaishvili Natsvlishvili",
    ),
    "am": (
        "Aram Armen Arman Ashot Davit Gevorg Gor Grigor Hayk Hovhannes Hovik Levon Mher Narek Samvel Sargis "
        "Sarkis Tigran Vahagn Vahe Vardan Zaven Suren Arsen Gagik Artak Hrant Vazgen Harutyun Mkrtich Khoren "
        "Ashotik",
        "Anahit Ani Armine Astghik Gayane Hasmik Karine Lilit Lusine Mariam Meri Nare Nune Ruzanna Satenik "
        "Siranush Sona Taguhi Tatevik Zaruhi Arpine Alvard Anush Gohar Heghine Narine Shushan Yeva Nvard "
        "Sirarpi Lusine Srbuhi",
        "Grigoryan Hakobyan Sargsyan Harutyunyan Khachatryan Hovhannisyan Petrosyan Vardanyan Gevorgyan "
        "Karapetyan Mkrtchyan Abrahamyan Avetisyan Ghazaryan Manukyan Poghosyan Davtyan Baghdasaryan "
        "Mnatsakanyan Arakelyan Melkonyan Stepanyan Simonyan Martirosyan Galstyan Aghajanyan Ter-Petrosyan "
        "Ter-Grigoryan Sahakyan Avagyan Hambardzumyan Sarkissian Hakobian Grigorian",
    ),
    "az": (
        "Elvin Rashad Rəşad Orxan Orkhan Tural Kamran Elnur İlkin Ilkin Vüsal Anar Ramil Elçin Fuad Murad "
        "Nicat Nijat Ruslan Samir Tofiq Zaur Eldar Ülvi Fərid Farid Emin Rauf Cavid Javid Toğrul Xəyal Aqil "
        "Elşən",
        "Aynur Aysel Günay Nigar Sevinc Səbinə Könül Aytən Nərgiz Narmin Nərmin Ülviyyə Gülnar Lalə Fidan "
        "Aygün Şəbnəm Xədicə Türkan Rəna Vüsalə Sevda Aytac Ülkər Gülşən Nurlana Elnarə Arzu Zəhra Kəmalə "
        "Gunel",
        "Məmmədov Mammadov Əliyev Aliyev Həsənov Hasanov Hüseynov Huseynov Quliyev Guliyev İsmayılov "
        "Ismayilov Cəfərov Jafarov Abbasov Rəhimov Rahimov Süleymanov Nəsibov Babayev Mustafayev Kərimov "
        "Karimov Sadıqov Qasımov Hacıyev Rzayev Bayramov Orucov Əhmədov Nağıyev Vəliyev Həşimov",
    ),
    "tr": (
        "Mehmet Mustafa Ahmet Hüseyin Hasan İbrahim Murat Emre Burak Oğuz Serkan Volkan Tolga Onur Barış Cem "
        "Can Kerem Mert Ege Ozan Sinan Yiğit Berk Arda Uğur Kaan Tan Bora Umut Deniz Alper Erdem Furkan "
        "Halil Okan Serdar Taner",
        "Ayşe Fatma Emine Hatice Zeynep Elif Merve Esra Büşra Gizem Özlem Derya Gül Gülşen Selin Ceren İrem "
        "Tuğba Ebru Pınar Sevgi Yıldız Bahar Damla Dilek Nur Şule Hande Aslı Sibel Burcu Cansu Ezgi Begüm "
        "Melis Tuba Seda Nesrin",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin "
        "Kara Koç Kurt Özkan Şimşek Polat Erdoğan Korkmaz Güneş Aksoy Tekin Karaca Ünal Bozkurt Avcı "
        "Türkmen Acar Kaplan Güler Sarı Oral Ekinci Altun Uçar",
    ),
    "eu": (
        "Iñaki Ander Aitor Unai Asier Eneko Gorka Iker Mikel Xabier Koldo Joseba Imanol Ibai Urko Oier Julen "
        "Peio Beñat Gaizka Haritz Josu Kepa Patxi Txema Andoni Jokin Aritz Eñaut Xabat Iñigo",
        "Ainhoa Amaia Arantxa Edurne Garazi Idoia Itziar Leire Maite Miren Nerea Olatz Uxue Zuriñe Izaskun "
        "Nekane Maialen Ane Irati Alaitz Eider Goizane Haizea Libe Oihana Arrate Begoña Itsaso Naroa Izaro "
        "Ekiñe",
        "Etxeberria Etxebarria Goikoetxea Agirre Aguirre Aranburu Arrieta Urrutia Zubizarreta Bengoetxea "
        "Arregi Mendizabal Azkue Olaizola Iturbe Larrañaga Elizondo Garmendia Otxoa Zabaleta Uriarte Iriarte "
        "Ibarra Lizarazu Zuloaga Aldekoa Beitia Ormaetxea Ugarte Zubiri Arteaga Egaña Urkiaga",
    ),
    "br": (
        "Yann Erwan Gwenaël Loïc Tanguy Ronan Maël Goulven Corentin Brieuc Gurvan Jakez Fañch Yannig Tudual "
        "Erwann Riwal Malo Gildas Hervé Ewen Kristen Iwan Youenn Padrig Kaourintin Herve Gwendal Alan Glenn "
        "Tangi",
        "Nolwenn Gwenaëlle Maïwenn Enora Rozenn Soazig Katell Annaig Anaïg Gwenola Sterenn Azenor Aziliz "
        "Bleuenn Maelys Tifenn Awen Klervi Nolwen Gaela Mariannig Youna Armelle Solenn Ninog Gwen Morgan "
        "Loeiza Tiphaine Maela",
        "Le Gall|Le Goff|Le Bihan|Le Bris|Le Guen|Le Floch|Le Meur|Le Corre|Kerguelen|Kervella|Quéré|Guéguen|"
        "Le Moal|Le Duff|Le Gac|Le Berre|Morvan|Jaouen|Riou|Cadiou|Nédélec|Le Bras|Le Cam|Abgrall|Kerdraon|"
        "Le Hir|Le Roch|Prigent|Kerjean|Le Scouarnec|Le Coz|Tanguy|Guivarc'h|Le Quéré",
    ),
    "fy": (
        "Sjoerd Wiebe Jelle Hidde Tjeerd Sybren Douwe Hylke Auke Jouke Oebele Pier Tsjalling Rintje Wytse "
        "Jetze Fokke Harmen Gerben Eelke Jurjen Lolke Sieds Tsjerk Bauke Folkert Otte Sipke Ruurd Ype Watse",
        "Sjoukje Geeske Aukje Tjitske Baukje Hiltsje Janke Grytsje Antsje Romkje Sytske Wytske Femke "
        "Froukje Jitske Trijntje Renske Marrit Aaltsje Doutsje Eelkje Nynke Lysbet Trynke Ymkje Hinke Akke "
        "Tetsje Janneke Fokje Sjoerdtje",
        "Hoekstra|Dijkstra|Wiersma|Bosma|Postma|Sikkema|Zijlstra|Terpstra|Hylkema|Feenstra|de Boer|de Jong|"
        "van der Meer|Kingma|Hiemstra|Tjeerdema|Jellema|Bouma|Wijbenga|Hettinga|Rienstra|Anema|Westra|"
        "Boersma|Haitsma|Sjoerdsma|Algra|Dykstra|Veenstra|Tuinstra|Yntema|de Haan|van der Veen|Miedema",
    ),
    "hsb": (
        "Měrćin Jurij Handrij Pětr Michał Bjarnat Beno Křesćan Mikławš Korla Wylem Hinc Pawoł Marko Lukaš "
        "Tomaš Bogumił Měto Jank Ludwik Fabian Dušan Benedikt Kito Jakub Wito Jan Bosćan",
        "Měrana Hańža Madlena Lejna Wórša Jadwiga Marja Milenka Lenka Hana Anka Katka Jěwa Dorota Božena "
        "Ljuba Bjarnata Měrka Hilža Lubina Křesćana Ludmila Radka Marćina Mila Sylwija Wěra Beata Hanka Trudla",
        "Nowak Kral Šołta Krawc Wjenk Hrjehor Młynk Kowar Bjedrich Korjeńk Pjech Nuk Šiman Wałda Brězan "
        "Kocor Zejler Měrćink Cyž Bart Lorenc Hajna Domaška Šěn Bulank Cyžik Kuba Mróz Čornak Rychtar Žur "
        "Dyrlich Kubaš",
    ),
}
CULTURES = ["lt", "lv", "ee", "ro", "bg", "gr", "hu", "cz", "sk", "si", "hr", "rs",
            "ge", "am", "az", "tr", "eu", "br", "fy", "hsb"]

HOME = {"lt": ["LT"], "lv": ["LV"], "ee": ["EE"], "ro": ["RO"], "bg": ["BG"], "gr": ["GR"],
        "hu": ["HU", "SK", "RO"], "cz": ["CZ"], "sk": ["SK"], "si": ["SI"], "hr": ["HR"], "rs": ["RS"],
        "ge": ["GE"], "am": ["AM"], "az": ["AZ"], "tr": ["TR"], "eu": ["ES"], "br": ["FR"],
        "fy": ["NL"], "hsb": ["DE"]}
COUNTRIES = ["PT", "PL", "RO", "BG", "GR", "EE", "LV", "LT", "CZ", "SK", "HU", "TR", "GE", "AM",
             "AZ", "SI", "HR", "RS", "ES", "FR", "NL", "DE"]


def _split(s):
    return s.split("|") if "|" in s else s.split()


def fold(w):
    w = unicodedata.normalize("NFKD", w)
    w = "".join(c for c in w if not unicodedata.combining(c))
    return w.lower()


def fold_variants(w):
    f = fold(w)
    out = [f]
    tr = f
    for a, b in (("ı", "i"), ("ł", "l"), ("đ", "d"), ("ə", "a"), ("ß", "ss"), ("ø", "o")):
        tr = tr.replace(a, b)
    out.append(tr)
    out.append(f.replace("ə", "e").replace("ı", "i"))
    out.append(f.replace("đ", "dj"))
    return out


def name_words(n):
    return [w for w in re.split(r"[\s\-']+", n) if w]


def ok_name(n, listed):
    for w in name_words(n):
        for v in fold_variants(w):
            if v in listed:
                return False
    return True


# ---------- feminine family-name forms ----------
def fem(culture, fam, rng):
    if culture == "lt":
        married = rng.random() < 0.5
        for suf, m_, u_ in (("ius", "ienė", "iūtė"), ("as", "ienė", "aitė"), ("is", "ienė", "ytė"),
                            ("ys", "ienė", "ytė"), ("us", "ienė", "utė"), ("a", "ienė", "aitė")):
            if fam.endswith(suf):
                return fam[:-len(suf)] + (m_ if married else u_)
        return fam
    if culture == "lv":
        if fam.endswith("š"):
            return fam[:-1] + "a"
        if fam.endswith("ons"):
            return fam[:-3] + "one"
        if fam.endswith("is"):
            return fam[:-2] + "e"
        if fam.endswith("s"):
            return fam[:-1] + "a"
        return fam
    if culture in ("cz", "sk"):
        if fam.endswith("ý") or fam.endswith("y"):
            return fam[:-1] + "á"
        if fam.endswith("a") or fam.endswith("o"):
            return fam[:-1] + "ová"
        if fam.endswith("ek"):
            return fam[:-2] + "ková"
        if fam.endswith("ec"):
            return fam[:-2] + "cová"
        return fam + "ová"
    if culture == "bg":
        if fam.endswith("ov") or fam.endswith("ev"):
            return fam + "a"
        return fam
    if culture == "gr":
        if fam.endswith("os"):
            return fam[:-2] + "ou"
        if fam.endswith("is"):
            return fam[:-2] + "i"
        if fam.endswith("as"):
            return fam[:-2] + "a"
        return fam
    if culture == "az":
        if fam.endswith("ov") or fam.endswith("ev"):
            return fam + "a"
        return fam
    if culture == "hsb":
        if fam[-1] in "aeiouy":
            return fam
        return fam + "owa"
    return fam


class NamePools:
    def __init__(self, listed):
        self.listed = listed
        self.pools = {}
        for c in CULTURES:
            m, f, fam = NAMES[c]
            seen = []
            ms = [x for x in _split(m) if ok_name(x, listed)]
            fs = [x for x in _split(f) if ok_name(x, listed)]
            fams = []
            for x in _split(fam):
                if x in seen:
                    continue
                seen.append(x)
                forms = [x]
                # all feminine variants must be safe too
                if c == "lt":
                    r1 = random.Random(1)
                    forms += [fem(c, x, _Fixed(0.1)), fem(c, x, _Fixed(0.9))]
                else:
                    forms.append(fem(c, x, random.Random(1)))
                if all(ok_name(y, listed) for y in forms):
                    fams.append(x)
            ms = list(dict.fromkeys(ms))
            fs = list(dict.fromkeys(fs))
            self.pools[c] = (ms, fs, fams)

    def usable(self, c):
        ms, fs, fams = self.pools[c]
        return len(ms) >= 3 and len(fs) >= 3 and len(fams) >= 3


class _Fixed:
    def __init__(self, v):
        self.v = v

    def random(self):
        return self.v


# ---------------------------------------------------------------------------
# Person
# ---------------------------------------------------------------------------
class Person:
    def __init__(self, rng, pools, culture, sex=None):
        self.c = culture
        self.sex = sex or rng.choice("mf")
        ms, fs, fams = pools.pools[culture]
        gl = ms if self.sex == "m" else fs
        self.given = rng.choice(gl)
        if culture == "tr" and rng.random() < 0.15:
            g2 = rng.choice(gl)
            if g2 != self.given:
                self.given = self.given + " " + g2
        elif culture in ("ro", "hr", "bg", "cz") and self.sex == "f" and rng.random() < 0.08:
            g2 = rng.choice(gl)
            if g2 != self.given:
                self.given = self.given + "-" + g2
        base = rng.choice(fams)
        self.family = fem(culture, base, rng) if self.sex == "f" else base
        if culture in ("hr", "si", "rs", "cz", "ro", "eu", "ge") and rng.random() < 0.07:
            b2 = rng.choice(fams)
            if b2 != base:
                f2 = fem(culture, b2, rng) if self.sex == "f" else b2
                self.family = self.family + "-" + f2
        if culture == "hu" and self.sex == "f" and rng.random() < 0.15:
            h = rng.choice(fams)
            if h != base:
                self.family = h + "né " + self.family
        if culture == "eu" and rng.random() < 0.25 and "-" not in self.family:
            b2 = rng.choice(fams)
            if b2 != base:
                self.family = self.family + " " + rng.choice(["", "", "eta "]) + b2
                self.family = self.family.replace("  ", " ")

    def ok(self, listed):
        return ok_name(self.given, listed) and ok_name(self.family, listed)

    def full(self, rng):
        if self.c == "hu" and rng.random() < 0.75:
            return self.family + " " + self.given
        fam = self.family
        if rng.random() < 0.1:
            fam = fam.upper()
        return self.given + " " + fam


def ascii_fold(s):
    s = fold(s)
    for a, b in (("ı", "i"), ("ł", "l"), ("đ", "dj"), ("ə", "e"), ("ß", "ss"), ("ø", "o")):
        s = s.replace(a, b)
    return s


def up_fold(s):
    return ascii_fold(s).upper()


GENERIC_HON = [("m", "pre", "F", "Mr "), ("m", "pre", "F", "Mr. "), ("f", "pre", "F", "Mrs "),
               ("f", "pre", "F", "Ms "), ("f", "pre", "F", "Miss "), ("x", "pre", "F", "Dr "),
               ("x", "pre", "FULL", "Dr. "), ("m", "pre", "FULL", "Mr "), ("f", "pre", "FULL", "Ms "),
               ("m", "pre", "F", "mr "), ("f", "pre", "F", "mrs ")]
HONS = {
    "lt": [("m", "pre", "F", "p. "), ("f", "pre", "F", "p. "), ("m", "pre", "F", "ponas "),
           ("f", "pre", "F", "ponia "), ("f", "pre", "FULL", "Ponia ")],
    "lv": [("m", "pre", "F", "k-gs "), ("f", "pre", "F", "k-dze ")],
    "ee": [("m", "pre", "F", "hr "), ("f", "pre", "F", "pr "), ("m", "pre", "FULL", "hr ")],
    "ro": [("m", "pre", "F", "dl. "), ("f", "pre", "F", "dna "), ("f", "pre", "F", "doamna "),
           ("m", "pre", "F", "domnul "), ("f", "pre", "FULL", "D-na ")],
    "bg": [("m", "pre", "F", "g-n "), ("f", "pre", "F", "g-zha "), ("m", "pre", "G", "bai "),
           ("f", "pre", "G", "baba "), ("f", "pre", "G", "leli "), ("f", "pre", "F", "gospozha ")],
    "gr": [("m", "pre", "F", "k. "), ("f", "pre", "F", "k. "), ("f", "pre", "F", "kyria "),
           ("m", "pre", "F", "kyrios "), ("f", "pre", "G", "kyra "), ("f", "pre", "G", "theia ")],
    "hu": [("m", "post", "F", " úr"), ("m", "post", "FULL", " úr"), ("f", "post", "G", " néni"),
           ("m", "post", "G", " bácsi"), ("x", "pre", "FULL", "dr. "), ("f", "post", "F", " asszony")],
    "cz": [("m", "pre", "F", "pan "), ("f", "pre", "F", "paní "), ("f", "pre", "F", "pí "),
           ("x", "pre", "FULL", "Ing. "), ("x", "pre", "F", "MUDr. ")],
    "sk": [("m", "pre", "F", "pán "), ("f", "pre", "F", "pani "), ("x", "pre", "FULL", "Mgr. ")],
    "si": [("m", "pre", "F", "g. "), ("f", "pre", "F", "ga. "), ("f", "pre", "F", "gospa ")],
    "hr": [("m", "pre", "F", "g. "), ("f", "pre", "F", "gđa "), ("f", "pre", "F", "gospođa "),
           ("m", "pre", "F", "gospodin ")],
    "rs": [("m", "pre", "F", "gospodin "), ("f", "pre", "F", "gđa "), ("f", "pre", "F", "gospođa "),
           ("m", "pre", "F", "g-din ")],
    "ge": [("m", "pre", "G", "batono "), ("f", "pre", "G", "kalbatono "), ("f", "pre", "G", "qalbatono ")],
    "am": [("m", "pre", "F", "paron "), ("f", "pre", "F", "tikin "), ("x", "post", "G", " jan"),
           ("m", "pre", "G", "paron ")],
    "az": [("m", "post", "G", " bəy"), ("f", "post", "G", " xanım"), ("m", "post", "G", " müəllim"),
           ("f", "post", "G", " xanim"), ("m", "post", "G", " bey"), ("f", "post", "G", " xala")],
    "tr": [("m", "post", "G", " Bey"), ("f", "post", "G", " Hanım"), ("f", "post", "G", " hanım"),
           ("f", "post", "G", " Abla"), ("m", "post", "G", " Abi"), ("f", "post", "G", " Teyze"),
           ("m", "post", "G", " Amca"), ("f", "post", "G", " hanim"), ("m", "post", "G", " bey")],
    "eu": [("m", "post", "F", " jauna"), ("f", "post", "F", " andrea")],
    "br": [("m", "pre", "F", "M. "), ("f", "pre", "F", "Mme "), ("f", "pre", "F", "Madame ")],
    "fy": [("m", "pre", "F", "dhr. "), ("f", "pre", "F", "mevr. "), ("f", "pre", "F", "mw. ")],
    "hsb": [("m", "pre", "F", "knjez "), ("f", "pre", "F", "knjeni "), ("m", "pre", "F", "Herr "),
            ("f", "pre", "F", "Frau ")],
}


def name_form(rng, p, form):
    """Return segments for person p in the given form."""
    N = "name"
    if form == "G":
        return [(p.given, N)]
    if form == "F":
        return [(p.family, N)]
    if form == "FULL":
        return [(p.full(rng), N)]
    if form == "CRM":
        r = rng.random()
        if r < 0.4:
            return [(p.family.upper(), N), (", ", "o"), (p.given, N)]
        if r < 0.7:
            return [(p.family, N), (", ", "o"), (p.given, N)]
        if r < 0.85:
            return [(up_fold(p.family).replace(" ", ""), N), ("/", "o"),
                    (up_fold(p.given).replace(" ", ""), N),
                    (rng.choice([" MR", " MSTR", " MR"] if p.sex == "m" else [" MRS", " MS", " MISS"])
                     if rng.random() < 0.6 else "", "o")]
        return [(p.family.upper() + " " + p.given, N)]
    if form == "INIT":
        r = rng.random()
        if r < 0.5:
            return [(p.given[0] + ". " + p.family, N)]
        if r < 0.8:
            return [(p.given.split()[0] + " " + p.family[0] + ".", N)]
        return [(p.given[0] + "." + p.family[0] + ".", N)]
    if form == "HON":
        opts = [h for h in HONS.get(p.c, []) if h[0] in (p.sex, "x")]
        if not opts or rng.random() < 0.35:
            opts = [h for h in GENERIC_HON if h[0] in (p.sex, "x")]
        sex, pos, part, txt = rng.choice(opts)
        core = name_form(rng, p, part)
        if pos == "pre":
            return [(txt, "o")] + core
        return core + [(txt, "o")]
    if form == "ANY":
        f = rng.choice(["G", "G", "F", "FULL", "FULL", "FULL", "HON", "HON", "CRM", "INIT"])
        return name_form(rng, p, f)
    raise ValueError(form)


# ---------------------------------------------------------------------------
# Country formats
# ---------------------------------------------------------------------------
def D(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def D1(rng, n):
    return rng.choice("123456789") + D(rng, n - 1)


def L(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def phone(rng, cc):
    r = rng.random()
    if cc == "PT":
        a = rng.choice(["91", "92", "93", "96"]) + D(rng, 1)
        b, c = D(rng, 3), D(rng, 3)
        return rng.choice([f"+351 {a} {b} {c}", f"{a} {b} {c}", f"{a}{b}{c}", f"00351{a}{b}{c}",
                           f"21 {D(rng,3)} {D(rng,4)}"])
    if cc == "PL":
        a = rng.choice(["50", "51", "53", "60", "66", "69", "72", "79", "88"]) + D(rng, 1)
        b, c = D(rng, 3), D(rng, 3)
        return rng.choice([f"+48 {a} {b} {c}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"+48{a}{b}{c}",
                           f"(22) {D(rng,3)} {D(rng,2)} {D(rng,2)}"])
    if cc == "RO":
        a = rng.choice(["72", "73", "74", "75", "76", "78"]) + D(rng, 1)
        b, c = D(rng, 3), D(rng, 3)
        return rng.choice([f"+40 {a} {b} {c}", f"0{a} {b} {c}", f"0{a}.{b}.{c}", f"0{a}{b}{c}",
                           f"+40-{a}-{b}-{c}", f"021 {D(rng,3)} {D(rng,4)}"])
    if cc == "BG":
        a = rng.choice(["87", "88", "89", "98"])
        return rng.choice([f"+359 {a} {D(rng,3)} {D(rng,4)}", f"0{a} {D(rng,3)} {D(rng,4)}",
                           f"0{a}{D(rng,7)}", f"+359{a}{D(rng,7)}", f"02 {D(rng,3)} {D(rng,4)}"])
    if cc == "GR":
        a = "69" + rng.choice("3457890")
        return rng.choice([f"+30 {a} {D(rng,3)} {D(rng,4)}", f"{a}{D(rng,7)}", f"{a} {D(rng,3)} {D(rng,4)}",
                           f"0030 {a}{D(rng,7)}", f"210 {D(rng,3)} {D(rng,4)}", f"2310-{D(rng,6)}"])
    if cc == "EE":
        a = "5" + D(rng, 3)
        return rng.choice([f"+372 {a} {D(rng,4)}", f"{a} {D(rng,4)}", f"{a}{D(rng,4)}", f"+372{a}{D(rng,3)}"])
    if cc == "LV":
        a = "2" + D(rng, 3)
        return rng.choice([f"+371 {a} {D(rng,4)}", f"{a} {D(rng,4)}", f"{a}{D(rng,4)}", f"+371 {a}{D(rng,4)}",
                           f"67 {D(rng,3)} {D(rng,3)}"])
    if cc == "LT":
        a = "6" + D(rng, 2)
        return rng.choice([f"+370 {a} {D(rng,5)}", f"8 {a} {D(rng,5)}", f"8{a}{D(rng,5)}", f"+370{a}{D(rng,5)}",
                           f"8-{a}-{D(rng,5)}", f"(8 5) {D(rng,3)} {D(rng,4)}"])
    if cc == "CZ":
        a = rng.choice(["60", "72", "73", "77", "60"]) + D(rng, 1)
        return rng.choice([f"+420 {a} {D(rng,3)} {D(rng,3)}", f"{a} {D(rng,3)} {D(rng,3)}",
                           f"{a}{D(rng,6)}", f"00420 {a} {D(rng,3)} {D(rng,3)}"])
    if cc == "SK":
        a = "9" + rng.choice(["01", "02", "03", "05", "08", "10", "11", "15", "40", "44", "48"])
        return rng.choice([f"+421 {a} {D(rng,3)} {D(rng,3)}", f"0{a} {D(rng,3)} {D(rng,3)}",
                           f"0{a}{D(rng,6)}", f"0{a}/{D(rng,3)} {D(rng,3)}"])
    if cc == "HU":
        a = rng.choice(["20", "30", "70", "31"])
        return rng.choice([f"+36 {a} {D(rng,3)} {D(rng,4)}", f"06 {a} {D(rng,3)} {D(rng,4)}",
                           f"06-{a}/{D(rng,3)}-{D(rng,4)}", f"06{a}{D(rng,7)}", f"+36-{a}-{D(rng,3)}-{D(rng,4)}",
                           f"(1) {D(rng,3)} {D(rng,4)}"])
    if cc == "TR":
        a = "5" + rng.choice(["32", "33", "35", "36", "38", "42", "44", "05", "06", "52", "55"])
        b, c, d = D(rng, 3), D(rng, 2), D(rng, 2)
        return rng.choice([f"+90 {a} {b} {c} {d}", f"0{a} {b} {c} {d}", f"0 ({a}) {b} {c} {d}",
                           f"0{a}{b}{c}{d}", f"+90{a}{b}{c}{d}", f"0{a}-{b}-{c}{d}", f"0212 {D(rng,3)} {D(rng,2)} {D(rng,2)}"])
    if cc == "GE":
        a = "5" + rng.choice(["55", "57", "58", "91", "93", "95", "99", "98"])
        return rng.choice([f"+995 {a} {D(rng,2)} {D(rng,2)} {D(rng,2)}", f"{a} {D(rng,3)} {D(rng,3)}",
                           f"{a}{D(rng,6)}", f"+995{a}{D(rng,6)}", f"(+995) {a}-{D(rng,2)}-{D(rng,2)}-{D(rng,2)}",
                           f"032 2{D(rng,2)} {D(rng,2)} {D(rng,2)}"])
    if cc == "AM":
        a = rng.choice(["91", "93", "94", "95", "96", "98", "99", "77", "55", "41", "43"])
        return rng.choice([f"+374 {a} {D(rng,6)}", f"0{a} {D(rng,2)} {D(rng,2)} {D(rng,2)}", f"0{a}{D(rng,6)}",
                           f"+374 ({a}) {D(rng,3)}-{D(rng,3)}", f"(010) {D(rng,2)}-{D(rng,2)}-{D(rng,2)}"])
    if cc == "AZ":
        a = rng.choice(["50", "51", "55", "70", "77", "99", "10"])
        return rng.choice([f"+994 {a} {D(rng,3)} {D(rng,2)} {D(rng,2)}", f"0{a} {D(rng,3)} {D(rng,2)} {D(rng,2)}",
                           f"0{a}{D(rng,7)}", f"+994{a}{D(rng,7)}", f"({a}) {D(rng,3)}-{D(rng,2)}-{D(rng,2)}",
                           f"012 4{D(rng,2)} {D(rng,2)} {D(rng,2)}"])
    if cc == "SI":
        a = rng.choice(["31", "40", "41", "51", "64", "68", "70"])
        return rng.choice([f"+386 {a} {D(rng,3)} {D(rng,3)}", f"0{a} {D(rng,3)} {D(rng,3)}", f"0{a}{D(rng,6)}",
                           f"01 {D(rng,3)} {D(rng,2)} {D(rng,2)}"])
    if cc == "HR":
        a = rng.choice(["91", "92", "95", "97", "98", "99"])
        return rng.choice([f"+385 {a} {D(rng,3)} {D(rng,4)}", f"0{a} {D(rng,3)} {D(rng,4)}", f"0{a}/{D(rng,3)}-{D(rng,4)}",
                           f"0{a}{D(rng,7)}", f"01 {D(rng,4)} {D(rng,3)}"])
    if cc == "RS":
        a = rng.choice(["60", "61", "62", "63", "64", "65", "66", "69"])
        return rng.choice([f"+381 {a} {D(rng,3)} {D(rng,4)}", f"0{a} {D(rng,3)} {D(rng,4)}", f"0{a}/{D(rng,7)}",
                           f"0{a}-{D(rng,3)}-{D(rng,3)}", f"011 {D(rng,3)} {D(rng,4)}"])
    if cc == "ES":
        a = "6" + D(rng, 2)
        return rng.choice([f"+34 {a} {D(rng,3)} {D(rng,3)}", f"{a} {D(rng,2)} {D(rng,2)} {D(rng,2)}",
                           f"{a}{D(rng,6)}", f"94 {D(rng,3)} {D(rng,2)} {D(rng,2)}"])
    if cc == "FR":
        return rng.choice([f"+33 6 {D(rng,2)} {D(rng,2)} {D(rng,2)} {D(rng,2)}",
                           f"06 {D(rng,2)} {D(rng,2)} {D(rng,2)} {D(rng,2)}", f"07.{D(rng,2)}.{D(rng,2)}.{D(rng,2)}.{D(rng,2)}",
                           f"02 98 {D(rng,2)} {D(rng,2)} {D(rng,2)}", f"06{D(rng,8)}"])
    if cc == "NL":
        return rng.choice([f"+31 6 {D(rng,8)}", f"06-{D(rng,8)}", f"06 {D(rng,4)} {D(rng,4)}",
                           f"058-{D(rng,7)}", f"+316{D(rng,8)}"])
    if cc == "DE":
        a = rng.choice(["151", "152", "157", "160", "170", "176", "179"])
        return rng.choice([f"+49 {a} {D(rng,8)}", f"0{a} {D(rng,4)} {D(rng,4)}", f"0{a}/{D(rng,8)}",
                           f"03591 {D(rng,6)}", f"+49 (0){a} {D(rng,7)}"])
    return f"+{D1(rng,3)} {D(rng,8)}"


STREETS = {
    "PT": [("Rua Augusta {n}, {f}º esq", "Rua"), ("R. do Ouro {n} {f}ºDto", ""), ("Av. da Liberdade {n}, {f}º", ""),
           ("Rua Morais Soares {n} r/c", ""), ("Travessa do Carmo {n}", ""), ("Rua de Santa Catarina {n}, {f}º frente", ""),
           ("Av. Almirante Reis {n} {f}E", ""), ("rua garrett {n}", "")],
    "PL": [("ul. Marszałkowska {n}/{a}", ""), ("al. Jerozolimskie {n} m. {a}", ""), ("ul. Floriańska {n}", ""),
           ("os. Piastów {n}/{a}", ""), ("ul. Długa {n} lok. {a}", ""), ("ul. Piotrkowska {n}/{a}", ""),
           ("ul. Kościuszki {n}", ""), ("ul. Mickiewicza {n} m {a}", "")],
    "RO": [("Str. Mihai Eminescu nr. {n}, bl. {B}, sc. {s}, ap. {a}", ""), ("Bd. Unirii nr. {n}, ap. {a}", ""),
           ("Calea Victoriei {n}, et. {f}, ap {a}", ""), ("Sos. Pantelimon nr {n} bl {B} ap {a}, sector 2", ""),
           ("str. Memorandumului {n}", ""), ("Aleea Teiului nr. {n}, bl. {B}, ap. {a}", ""),
           ("Strada Lipscani {n}, sector 3", ""), ("bd-ul Iuliu Maniu {n}, bl {B}, sc {s}, et {f}, ap {a}", "")],
    "BG": [("ul. Graf Ignatiev {n}, et. {f}, ap. {a}", ""), ("bul. Vitosha {n}", ""),
           ("zh.k. Mladost 1, bl. {n}, vh. {s}, ap. {a}", ""), ("ul. Shipka {n}, ap {a}", ""),
           ("kv. Lozenets, ul. Krum Popov {n}", ""), ("bul. Tsar Osvoboditel {n}, et {f}", ""),
           ("zhk Lyulin {f}, bl {n}, vh {s}, et {f}, ap {a}", "")],
    "GR": [("Ermou {n}", ""), ("Odos Panepistimiou {n}", ""), ("Leof. Kifisias {n}", ""),
           ("Tsimiski {n}, {f}os orofos", ""), ("Patision {n}", ""), ("Leoforos Alexandras {n}", ""),
           ("Egnatias {n}, diam. {a}", "")],
    "EE": [("Pärnu mnt {n}-{a}", ""), ("Narva mnt {n}", ""), ("Tartu mnt {n}-{a}", ""), ("Kalamaja tn {n}", ""),
           ("Mustamäe tee {n}-{a}", ""), ("Sõpruse pst {n}-{a}", ""), ("Rüütli {n}", "")],
    "LV": [("Brīvības iela {n}-{a}", ""), ("Elizabetes iela {n} dz. {a}", ""), ("Krišjāņa Barona iela {n}-{a}", ""),
           ("Dzirnavu iela {n}", ""), ("Ropažu iela {n} k-{s}, dz. {a}", ""), ("Maskavas iela {n}-{a}", ""),
           ("brivibas gatve {n}", "")],
    "LT": [("Gedimino pr. {n}-{a}", ""), ("Vilniaus g. {n}-{a}", ""), ("Savanorių pr. {n}", ""),
           ("Pylimo g. {n}-{a}", ""), ("Laisvės al. {n}", ""), ("Žirmūnų g. {n}-{a}", ""), ("Taikos pr. {n}-{a}", "")],
    "CZ": [("Vinohradská {n}/{a}", ""), ("Na Příkopě {n}", ""), ("Karlova {n}", ""), ("Dlouhá {n}/{a}", ""),
           ("U Nemocnice {n}", ""), ("Koněvova {n}/{a}", ""), ("Masarykova {n}", ""), ("nám. Míru {n}", "")],
    "SK": [("Obchodná {n}", ""), ("Hlavná {n}", ""), ("Štúrova {n}", ""), ("Mlynské nivy {n}", ""),
           ("Karloveská {n}", ""), ("Nám. SNP {n}", "")],
    "HU": [("Andrássy út {n}. {f}/{a}", ""), ("Váci utca {n}", ""), ("Király u. {n}. fsz. {a}", ""),
           ("Bartók Béla út {n}", ""), ("Rákóczi út {n}. III. em. {a}.", ""), ("Üllői út {n}", ""),
           ("Petőfi Sándor u. {n}", ""), ("Bajcsy-Zsilinszky út {n}. {f}. em. {a}", "")],
    "TR": [("Bağdat Cad. No: {n} D: {a}", ""), ("İstiklal Cd. No:{n}", ""), ("Atatürk Mah. {n}. Sok. No:{a} Daire:{f}", ""),
           ("Moda Cad. No {n} Kadıköy", ""), ("Cumhuriyet Mah. Gül Sk. No:{n}/{a}", ""),
           ("Barbaros Blv. No:{n} K:{f} D:{a} Beşiktaş", ""), ("Kızılay Mah. Gazi Mustafa Kemal Blv. No: {n}", ""),
           ("ataturk cad no {n} daire {a}", "")],
    "GE": [("Rustaveli Ave {n}, apt {a}", ""), ("Chavchavadze Ave {n}", ""), ("Aghmashenebeli Ave {n}", ""),
           ("Vazha-Pshavela Ave {n}, fl {f}", ""), ("Pekini St {n}, ap. {a}", ""), ("Kostava St {n}", ""),
           ("Tamar Mepe Ave {n}, flat {a}", "")],
    "AM": [("Abovyan St {n}, apt {a}", ""), ("Mashtots Ave {n}/{s}", ""), ("Tumanyan St {n}", ""),
           ("Baghramyan Ave {n}", ""), ("Komitas Ave {n}, ap. {a}", ""), ("Sayat-Nova Ave {n}", ""),
           ("Arabkir 27 St, bld {n}, apt {a}", "")],
    "AZ": [("Nizami küç. {n}, m. {a}", ""), ("Neftçilər pr. {n}", ""), ("Azadlıq prospekti {n}, mənzil {a}", ""),
           ("Füzuli küçəsi {n}", ""), ("Bülbül pr. {n}", ""), ("H. Əliyev pr. {n}, ev {a}", ""),
           ("Nizami str {n}, apt {a}", "")],
    "SI": [("Slovenska cesta {n}", ""), ("Trubarjeva {n}", ""), ("Čopova ulica {n}", ""), ("Dunajska cesta {n}", ""),
           ("Celovška {n}", "")],
    "HR": [("Ilica {n}", ""), ("Vukovarska {n}", ""), ("Savska cesta {n}", ""), ("Ulica grada Vukovara {n}", ""),
           ("Heinzelova {n}", ""), ("Frankopanska {n}/{f}", "")],
    "RS": [("Knez Mihailova {n}", ""), ("Bulevar kralja Aleksandra {n}", ""), ("Nemanjina {n}/{a}", ""),
           ("Bulevar oslobođenja {n}", ""), ("Cara Dušana {n}", "")],
    "ES": [("Kale Nagusia {n}, {f}. esk.", ""), ("c/ Ercilla {n}, {f}º izda", ""), ("Gran Vía {n}, {f}ºB", ""),
           ("Askatasuna Hiribidea {n}", "")],
    "FR": [("{n} rue de Siam", ""), ("{n} bis rue Jean Jaurès", ""), ("{n}, quai de l'Odet", ""), ("{n} rue Saint-Malo", ""),
           ("{n} impasse des Genêts", "")],
    "NL": [("Nieuwestad {n}", ""), ("Voorstreek {n}-{s}", ""), ("Tuinen {n}", ""), ("Oosterstraat {n}a", ""),
           ("Harlingerweg {n}", "")],
    "DE": [("Wendischer Graben {n}", ""), ("Hauptstraße {n}", ""), ("Lauengraben {n}", ""), ("Schulstr. {n}", ""),
           ("Am Markt {n}", "")],
}

CITIES = {
    "PT": ["Lisboa", "Lisbon", "Porto", "Braga", "Coimbra", "Faro", "Setúbal"],
    "PL": ["Warszawa", "Warsaw", "Kraków", "Gdańsk", "Wrocław", "Poznań", "Łódź"],
    "RO": ["București", "Bucuresti", "Cluj-Napoca", "Iași", "Timișoara", "Brașov", "Constanța"],
    "BG": ["Sofia", "Sofiya", "Plovdiv", "Varna", "Burgas", "Ruse"],
    "GR": ["Athina", "Athens", "Thessaloniki", "Patra", "Irakleio", "Piraeus"],
    "EE": ["Tallinn", "Tartu", "Pärnu", "Narva"],
    "LV": ["Rīga", "Riga", "Jūrmala", "Liepāja", "Daugavpils"],
    "LT": ["Vilnius", "Kaunas", "Klaipėda", "Šiauliai"],
    "CZ": ["Praha", "Praha 2", "Prague", "Brno", "Ostrava", "Plzeň"],
    "SK": ["Bratislava", "Košice", "Žilina", "Nitra"],
    "HU": ["Budapest", "Debrecen", "Szeged", "Győr", "Pécs"],
    "TR": ["İstanbul", "Istanbul", "Ankara", "İzmir", "Bursa", "Antalya"],
    "GE": ["Tbilisi", "Batumi", "Kutaisi", "Rustavi"],
    "AM": ["Yerevan", "Gyumri", "Vanadzor"],
    "AZ": ["Bakı", "Baku", "Gəncə", "Sumqayıt"],
    "SI": ["Ljubljana", "Maribor", "Celje"],
    "HR": ["Zagreb", "Split", "Rijeka", "Osijek"],
    "RS": ["Beograd", "Belgrade", "Novi Sad", "Niš"],
    "ES": ["Bilbao", "Donostia", "Vitoria-Gasteiz", "Gernika"],
    "FR": ["Brest", "Quimper", "Rennes", "Lorient", "Vannes"],
    "NL": ["Leeuwarden", "Ljouwert", "Sneek", "Harlingen"],
    "DE": ["Bautzen", "Budyšin", "Cottbus", "Hoyerswerda"],
}


def postcode(rng, cc):
    if cc == "PT":
        return f"{D1(rng,4)}-{D(rng,3)}"
    if cc == "PL":
        return f"{D(rng,2)}-{D(rng,3)}"
    if cc == "RO":
        return "0" + D(rng, 5) if rng.random() < 0.5 else D1(rng, 6)
    if cc in ("BG", "HU", "GE", "AM", "SI"):
        v = D1(rng, 4)
        if cc == "GE" or cc == "AM":
            v = "0" + D1(rng, 3)
        if cc == "SI" and rng.random() < 0.4:
            v = "SI-" + v
        return v
    if cc == "GR":
        return f"{D1(rng,3)} {D(rng,2)}" if rng.random() < 0.7 else D1(rng, 5)
    if cc in ("EE", "HR", "RS", "TR", "ES", "FR", "DE"):
        return D1(rng, 5)
    if cc == "LV":
        return f"LV-{D1(rng,4)}"
    if cc == "LT":
        return f"LT-{D(rng,5)}" if rng.random() < 0.8 else D(rng, 5)
    if cc in ("CZ", "SK"):
        return f"{D1(rng,3)} {D(rng,2)}" if rng.random() < 0.8 else D1(rng, 5)
    if cc == "AZ":
        return rng.choice(["AZ", "AZ ", "AZ"]) + D1(rng, 4)
    if cc == "NL":
        return f"{D1(rng,4)} {L(rng,2)}" if rng.random() < 0.7 else f"{D1(rng,4)}{L(rng,2)}"
    return D1(rng, 5)


def street(rng, cc):
    t = rng.choice(STREETS[cc])[0]
    return t.format(n=rng.randint(1, 240), a=rng.randint(1, 120), f=rng.randint(1, 9),
                    s=rng.choice("ABCD12"), B=rng.choice(["A3", "B4", "M12", "C", "17", "P5", "Z9"]))


def address(rng, cc):
    """Full address segments: street, postcode, city (city as ~)."""
    st = street(rng, cc)
    pc = postcode(rng, cc)
    city = rng.choice(CITIES[cc])
    r = rng.random()
    segs = [(st, "address")]
    if cc in ("GE", "AM") and r < 0.6:
        segs += [(", ", "o"), (city, "~"), (" ", "o"), (pc, "postcode")]
    elif cc == "LV" and r < 0.6:
        segs += [(", ", "o"), (city, "~"), (", ", "o"), (pc, "postcode")]
    elif cc == "FR" or cc == "NL" or r < 0.75:
        segs += [(", ", "o"), (pc, "postcode"), (" ", "o"), (city, "~")]
    elif r < 0.9:
        segs += [(", ", "o"), (city, "~")]
    else:
        segs += [(" ", "o"), (pc, "postcode")]
    return segs


def natid(rng, cc):
    """(cue, value) pairs, cue is o."""
    if cc == "PT":
        return rng.choice(["NIF ", "nif ", "NIF: "]), D1(rng, 9)
    if cc == "PL":
        return rng.choice(["PESEL ", "pesel ", "NIP "]), D(rng, 11) if rng.random() < 0.7 else f"{D(rng,3)}-{D(rng,3)}-{D(rng,2)}-{D(rng,2)}"
    if cc == "RO":
        return rng.choice(["CNP ", "cnp ", "CNP: "]), rng.choice("1256") + D(rng, 12)
    if cc == "BG":
        return rng.choice(["EGN ", "ЕГН ", "egn "]), D(rng, 10)
    if cc == "GR":
        return rng.choice(["AFM ", "ΑΦΜ ", "AMKA "]), D(rng, 9) if rng.random() < 0.6 else D(rng, 11)
    if cc == "EE":
        return rng.choice(["isikukood ", "ik ", "personal code "]), rng.choice("3456") + D(rng, 10)
    if cc == "LV":
        return rng.choice(["p.k. ", "personas kods ", "PK "]), f"{D(rng,6)}-{D(rng,5)}"
    if cc == "LT":
        return rng.choice(["a.k. ", "asmens kodas ", "AK "]), rng.choice("3456") + D(rng, 10)
    if cc == "CZ":
        return rng.choice(["RČ ", "rodné číslo ", "rc "]), f"{D(rng,6)}/{D(rng,4)}"
    if cc == "SK":
        return rng.choice(["RČ ", "rodne cislo "]), f"{D(rng,6)}/{D(rng,4)}"
    if cc == "HU":
        return rng.choice(["adóazonosító ", "TAJ ", "adoazonosito jel "]), ("8" + D(rng, 9)) if rng.random() < 0.5 else f"{D(rng,3)} {D(rng,3)} {D(rng,3)}"
    if cc == "TR":
        return rng.choice(["TC ", "TCKN ", "T.C. kimlik no ", "kimlik no "]), D1(rng, 10) + rng.choice("02468")
    if cc == "GE":
        return rng.choice(["personal no ", "pid ", "p/n "]), "0" + D(rng, 10)
    if cc == "AM":
        return rng.choice(["passport ", "SSN ", "soc card "]), rng.choice(["AN", "AM", "AR"]) + D(rng, 7) if rng.random() < 0.6 else D(rng, 10)
    if cc == "AZ":
        return rng.choice(["FIN ", "fin kod ", "FİN "]), "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXZ") for _ in range(7))
    if cc == "SI":
        return rng.choice(["EMŠO ", "emso ", "davčna "]), D(rng, 13) if rng.random() < 0.6 else D(rng, 8)
    if cc == "HR":
        return rng.choice(["OIB ", "oib "]), D(rng, 11)
    if cc == "RS":
        return rng.choice(["JMBG ", "jmbg "]), D(rng, 13)
    if cc == "ES":
        return rng.choice(["DNI ", "NIE "]), D(rng, 8) + rng.choice("TRWAGMYFPDXBNJZSQVHLCKE")
    if cc == "FR":
        return rng.choice(["n° sécu ", "NIR "]), f"{rng.choice('12')} {D(rng,2)} {D(rng,2)} {D(rng,2)} {D(rng,3)} {D(rng,3)} {D(rng,2)}"
    if cc == "NL":
        return rng.choice(["BSN ", "bsn "]), D(rng, 9)
    if cc == "DE":
        return rng.choice(["Steuer-ID ", "steuer id "]), D(rng, 11)
    return "ID ", D(rng, 10)


def plate(rng, cc):
    if cc == "PL":
        return f"{rng.choice(['WA', 'WI', 'KR', 'GD', 'PO', 'DW'])} {D(rng,5)}"
    if cc == "RO":
        return rng.choice([f"B {D(rng,3)} {L(rng,3)}", f"CJ {D(rng,2)} {L(rng,3)}", f"IS-{D(rng,2)}-{L(rng,3)}"])
    if cc == "BG":
        return f"{rng.choice(['CA', 'CB', 'PB', 'B', 'A'])} {D(rng,4)} {L(rng,2)}"
    if cc == "GR":
        return f"{rng.choice(['IKY', 'ZZH', 'NHA', 'YMB', 'KHT'])}-{D1(rng,4)}"
    if cc == "TR":
        return rng.choice([f"34 {L(rng,3)} {D(rng,3)}", f"06 {L(rng,2)} {D(rng,4)}", f"35{L(rng,2)}{D(rng,3)}"])
    if cc == "GE":
        return f"{L(rng,2)}-{D(rng,3)}-{L(rng,2)}"
    if cc == "AM":
        return f"{D(rng,2)} {L(rng,2)} {D(rng,3)}"
    if cc == "AZ":
        return f"{rng.choice(['10', '90', '99', '77'])}-{L(rng,2)}-{D(rng,3)}"
    if cc == "LT":
        return f"{L(rng,3)} {D(rng,3)}" if rng.random() < 0.6 else f"{L(rng,3)}{D(rng,3)}"
    if cc == "EE":
        return f"{D(rng,3)} {L(rng,3)}"
    if cc == "LV":
        return f"{L(rng,2)}-{D1(rng,4)}"
    if cc == "CZ":
        return f"{D1(rng,1)}{L(rng,1)}{D(rng,1)} {D(rng,4)}"
    if cc == "SK":
        return f"{rng.choice(['BA', 'KE', 'ZA', 'NR'])}-{D(rng,3)}{L(rng,2)}"
    if cc == "HU":
        return rng.choice([f"{L(rng,3)}-{D(rng,3)}", f"{L(rng,2)} {L(rng,2)}-{D(rng,3)}"])
    if cc == "PT":
        return f"{D(rng,2)}-{L(rng,2)}-{D(rng,2)}"
    if cc == "HR":
        return f"ZG {D(rng,4)}-{L(rng,2)}"
    if cc == "RS":
        return f"BG {D(rng,3)}-{L(rng,2)}"
    if cc == "SI":
        return f"LJ {L(rng,2)}-{D(rng,3)}"
    if cc == "ES":
        return f"{D(rng,4)} {rng.choice('BCDFGHJKLMNPRSTVWXYZ')}{rng.choice('BCDFGHJKLMNPRSTVWXYZ')}{rng.choice('BCDFGHJKLMNPRSTVWXYZ')}"
    if cc == "FR":
        return f"{L(rng,2)}-{D(rng,3)}-{L(rng,2)}"
    if cc == "NL":
        return f"{L(rng,2)}-{D(rng,3)}-{L(rng,1)}"
    if cc == "DE":
        return f"{rng.choice(['BZ', 'CB', 'DD', 'B'])}-{L(rng,2)} {D1(rng,3)}"
    return f"{L(rng,3)}{D(rng,3)}"


IBAN_LEN = {"PT": 25, "PL": 28, "RO": 24, "BG": 22, "GR": 27, "EE": 20, "LV": 21, "LT": 20, "CZ": 24,
            "SK": 24, "HU": 28, "TR": 26, "GE": 22, "AZ": 28, "SI": 19, "HR": 21, "RS": 22, "ES": 24,
            "FR": 27, "NL": 18, "DE": 22}
IBAN_BANK = {"RO": ["BTRL", "RNCB", "BRDE", "INGB", "RZBR"], "BG": ["UNCR", "STSA", "FINV", "BPBI"],
             "LV": ["HABA", "UNLA", "PARX", "RIKO"], "GE": ["TB", "BG"], "AZ": ["NABZ", "PAHA", "IBAZ"],
             "NL": ["INGB", "ABNA", "RABO", "KNAB"]}


def iban(rng, cc):
    if cc not in IBAN_LEN:
        cc = rng.choice(["GE", "AZ", "RO", "LT"])
    n = IBAN_LEN[cc]
    bank = rng.choice(IBAN_BANK.get(cc, [""]))
    body = cc + D(rng, 2) + bank
    body += D(rng, n - len(body))
    if rng.random() < 0.65:
        return " ".join(body[i:i + 4] for i in range(0, len(body), 4))
    return body


def luhn_card(rng):
    p = rng.choice(["4", "5" + rng.choice("12345"), "4", "37"])
    ln = 15 if p == "37" else 16
    digits = [int(c) for c in p] + [rng.randint(0, 9) for _ in range(ln - len(p) - 1)]
    s = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        s += dgt
    digits.append((10 - s % 10) % 10)
    num = "".join(map(str, digits))
    if ln == 16 and rng.random() < 0.7:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if ln == 16 and rng.random() < 0.5:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    return num


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def dob(rng):
    y = rng.randint(1938, 2006)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    r = rng.randint(0, 11)
    mn = MONTHS[m - 1]
    if r == 0:
        return f"{d:02d}.{m:02d}.{y}"
    if r == 1:
        return f"{d:02d}/{m:02d}/{y}"
    if r == 2:
        return f"{y}-{m:02d}-{d:02d}"
    if r == 3:
        return f"{d} {mn} {y}"
    if r == 4:
        return f"{d} {mn[:3]} {y}"
    if r == 5:
        return f"{mn} {d}, {y}"
    if r == 6:
        return f"{d}.{m}.{str(y)[2:]}"
    if r == 7:
        return f"{y}.{m:02d}.{d:02d}"
    if r == 8:
        suf = "th" if d in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return f"{d}{suf} {mn.lower()} {y}"
    if r == 9:
        return f"{d:02d}-{m:02d}-{y}"
    if r == 10:
        return f"{d}/{m}/{str(y)[2:]}"
    return f"{d:02d} {mn[:3].upper()} {y}"


EMAIL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
                 "abv.bg", "mail.bg", "wp.pl", "o2.pl", "interia.pl", "seznam.cz", "centrum.cz", "freemail.hu",
                 "citromail.hu", "inbox.lv", "hot.ee", "mail.ee", "sapo.pt", "yahoo.gr", "otenet.gr",
                 "mail.ru", "box.az", "proton.me", "inbox.lt", "zoznam.sk", "siol.net", "net.hr", "gmx.net",
                 "yahoo.ro", "windowslive.com", "hotmail.fr", "orange.fr", "ziggo.nl", "web.de", "euskalnet.net",
                 "yandex.com", "mynet.com", "live.com"]


def email(rng, p=None):
    if p is not None:
        g = re.sub(r"[^a-z0-9]", "", ascii_fold(p.given.split()[0].split("-")[0]))
        f = re.sub(r"[^a-z0-9]", "", ascii_fold(p.family.split("-")[0]))
        r = rng.randint(0, 7)
        loc = [f"{g}.{f}", f"{g}{f}", f"{g[0]}{f}", f"{g}_{f}{rng.randint(1,99)}", f"{f}.{g}",
               f"{g}{rng.randint(70,99)}", f"{g}.{f[0]}", f"{f}{g[0]}{rng.randint(1,9)}"][r]
    else:
        loc = rng.choice(["info", "office", "billing", "kontakt", "sales"]) + str(rng.randint(1, 99))
    dom = rng.choice(EMAIL_DOMAINS)
    if p is not None and rng.random() < 0.15:
        dom = rng.choice(["firma.ro", "biuro-nowak.pl", "studio-kvadrat.hr", "atelier.cz", "agro-invest.bg",
                          "kft.hu", "shpk.ge", "llc.am", "mmc.az", "ltd.com.tr"])
    return f"{loc}@{dom}"


def url_person(rng, p, social=False):
    h = re.sub(r"[^a-z0-9]", "", ascii_fold(p.given.split()[0]))
    f = re.sub(r"[^a-z0-9]", "", ascii_fold(p.family.split()[0]))
    if social:
        return rng.choice([
            f"linkedin.com/in/{h}-{f}-{D(rng,2)}{L(rng,1).lower()}{D(rng,1)}",
            f"https://www.linkedin.com/in/{h}{f}",
            f"https://www.facebook.com/{h}.{f}",
            f"instagram.com/{h}_{f[:4]}",
            f"https://x.com/{h}{f[:3]}{D(rng,2)}",
            f"tiktok.com/@{h}.{f}"])
    return rng.choice([
        f"linkedin.com/in/{h}-{f}-{D(rng,2)}{L(rng,1).lower()}{D(rng,1)}",
        f"https://www.facebook.com/{h}.{f}",
        f"instagram.com/{h}_{f[:4]}",
        f"https://crm.internal/customers/{D(rng,7)}",
        f"https://support.zendesk.com/agent/tickets/{D(rng,6)}",
        f"https://app.hubspot.com/contacts/{D(rng,6)}/record/0-1/{D(rng,9)}",
        f"https://drive.google.com/file/d/1{L(rng,4)}{D(rng,5)}{L(rng,3).lower()}/view",
        f"https://x.com/{h}{f[:3]}{D(rng,2)}",
        f"https://eu1.salesforce.com/lightning/r/Contact/003{L(rng,3)}{D(rng,6)}/view",
        f"tiktok.com/@{h}.{f}",
    ])


def ip(rng):
    if rng.random() < 0.2:
        return "2a02:" + ":".join(format(rng.randint(0, 65535), "x") for _ in range(3)) + "::" + format(rng.randint(1, 255), "x")
    return f"{rng.choice([31, 37, 46, 78, 79, 81, 85, 86, 89, 91, 94, 95, 109, 176, 188, 212, 213])}.{rng.randint(0,255)}.{rng.randint(0,255)}.{rng.randint(1,254)}"


def order_id(rng):
    return rng.choice([f"#{D1(rng,7)}", f"ORD-{rng.randint(2022,2025)}-{D(rng,5)}", f"PL-{D(rng,4)}-{D(rng,3)}",
                       f"10{D(rng,8)}", f"TR-{D(rng,9)}", f"SO-{D(rng,6)}", f"{L(rng,2)}{D(rng,8)}", f"#{D(rng,3)}-{D(rng,4)}-{D(rng,3)}",
                       f"ro{D(rng,9)}"])


def acct_id(rng):
    return rng.choice([f"ACC-{D(rng,8)}", D1(rng, 9), f"CUST-{D(rng,5)}", f"{D(rng,3)}-{D(rng,3)}-{D(rng,2)}",
                       f"C{D(rng,7)}", f"BAN {D(rng,1)}.{D(rng,4)}.{D(rng,4)}", f"{D1(rng,10)}", f"KL{D(rng,6)}"])


def ticket_id(rng):
    return rng.choice([f"INC{D(rng,7)}", f"TCK-{D(rng,5)}", f"#TK-{D(rng,5)}", f"ZD-{D(rng,6)}",
                       f"CS-{rng.randint(2023,2025)}-{D(rng,5)}", f"SUP-{D(rng,4)}", f"#{D1(rng,6)}", f"CASE-{D(rng,6)}"])


def pnr(rng):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def policy_id(rng):
    return rng.choice([f"POL/{rng.randint(2021,2025)}/{D(rng,5)}", f"RCA-{L(rng,1)}-{D(rng,7)}", f"KASKO-{rng.randint(2022,2025)}-{D(rng,4)}",
                       f"PL{D(rng,9)}", f"{D(rng,3)}-{D(rng,7)}-{D(rng,2)}"])


def passport(rng, cc):
    return rng.choice([f"{L(rng,2)}{D(rng,7)}", f"{L(rng,1)}{D(rng,8)}", f"{D(rng,9)}", f"{L(rng,2)} {D(rng,7)}",
                       f"C{L(rng,1)}{D(rng,1)}{L(rng,2)}{D(rng,4)}"])


# ---------------------------------------------------------------------------
# Non-personal vocab of the setting
# ---------------------------------------------------------------------------
TELCO = {"PT": ["MEO", "NOS", "Vodafone", "DIGI"], "PL": ["Orange", "Play", "Plus", "T-Mobile"],
         "RO": ["Orange", "Vodafone", "Telekom Romania", "Digi"], "BG": ["A1", "Yettel", "Vivacom"],
         "GR": ["Cosmote", "Vodafone", "Nova"], "EE": ["Telia", "Elisa", "Tele2"], "LV": ["LMT", "Tele2", "Bite"],
         "LT": ["Telia", "Bitė", "Tele2"], "CZ": ["O2", "T-Mobile", "Vodafone"], "SK": ["Orange", "Telekom", "4ka", "O2"],
         "HU": ["Magyar Telekom", "Yettel", "One", "Digi"], "TR": ["Turkcell", "Türk Telekom", "Vodafone"],
         "GE": ["Magti", "Silknet", "Cellfie"], "AM": ["Ucom", "Viva", "Team Telecom"], "AZ": ["Azercell", "Bakcell", "Nar"],
         "SI": ["Telekom Slovenije", "A1", "Telemach"], "HR": ["Hrvatski Telekom", "A1", "Telemach"],
         "RS": ["mts", "Yettel", "A1"], "ES": ["Euskaltel", "Movistar", "MásMóvil"], "FR": ["Orange", "Free", "SFR", "Bouygues"],
         "NL": ["KPN", "Odido"], "DE": ["Telekom", "O2", "1&1"]}
BANK = {"PT": ["Millennium bcp", "CGD", "Novobanco", "ActivoBank"], "PL": ["PKO BP", "mBank", "Pekao", "ING Bank Śląski"],
        "RO": ["Banca Transilvania", "BCR", "BRD", "ING"], "BG": ["DSK Bank", "UBB", "Fibank", "Postbank"],
        "GR": ["Eurobank", "Alpha Bank", "Piraeus", "NBG"], "EE": ["Swedbank", "SEB", "LHV", "Coop Pank"],
        "LV": ["Swedbank", "Citadele", "Luminor"], "LT": ["Swedbank", "SEB", "Šiaulių bankas", "Luminor"],
        "CZ": ["ČSOB", "Česká spořitelna", "Komerční banka", "Fio banka", "Air Bank"],
        "SK": ["Tatra banka", "VÚB", "Slovenská sporiteľňa"], "HU": ["OTP", "K&H", "MBH Bank", "Erste"],
        "TR": ["Garanti BBVA", "İş Bankası", "Akbank", "Ziraat", "Yapı Kredi", "Enpara"],
        "GE": ["TBC", "Bank of Georgia", "Liberty Bank"], "AM": ["Ameriabank", "Ardshinbank", "ACBA", "Inecobank"],
        "AZ": ["Kapital Bank", "ABB", "PASHA Bank"], "SI": ["NLB", "Nova KBM"], "HR": ["Zagrebačka banka", "PBZ"],
        "RS": ["Banca Intesa", "Raiffeisen", "AIK Banka"], "ES": ["Kutxabank", "BBVA", "Laboral Kutxa"],
        "FR": ["Crédit Agricole", "Crédit Mutuel de Bretagne", "BNP Paribas"], "NL": ["Rabobank", "ABN AMRO", "bunq"],
        "DE": ["Sparkasse", "Commerzbank", "DKB"]}
FINTECH = ["Revolut", "Wise", "N26", "PayPal", "Klarna", "Paysera", "Monese", "Satispay"]
SHOP = {"PT": ["Worten", "Continente", "Pingo Doce", "FNAC"], "PL": ["Allegro", "Biedronka", "Żabka", "Empik", "x-kom"],
        "RO": ["eMAG", "Kaufland", "Mega Image", "Altex", "Dedeman"], "BG": ["Technopolis", "Fantastico", "Ozone.bg"],
        "GR": ["Skroutz", "Public", "Kotsovolos", "Sklavenitis", "Jumbo"], "EE": ["Selver", "Prisma", "Kaup24", "Rimi"],
        "LV": ["Rimi", "Maxima", "220.lv"], "LT": ["Maxima", "Pigu.lt", "Varle"], "CZ": ["Alza", "Rohlik", "Mall.cz", "Datart"],
        "SK": ["Alza.sk", "Nay", "Tesco"], "HU": ["eMAG.hu", "Tesco", "MediaMarkt", "Spar"],
        "TR": ["Trendyol", "Hepsiburada", "Migros", "BIM", "n11"], "GE": ["Zoommer", "Carrefour", "Goodwill", "Veli.store"],
        "AM": ["SAS Supermarket", "Yerevan City", "Menu.am"], "AZ": ["Bravo", "Bazarstore", "Kontakt Home"],
        "SI": ["Mercator", "Big Bang"], "HR": ["Konzum", "Links", "Sancta Domenica"], "RS": ["Maxi", "Gigatron", "WinWin"],
        "ES": ["Eroski", "El Corte Inglés"], "FR": ["Leclerc", "Fnac", "Darty"], "NL": ["Bol.com", "Albert Heijn", "Coolblue"],
        "DE": ["Otto", "Rewe", "MediaMarkt"]}
GLOBAL_SHOP = ["IKEA", "Decathlon", "Zalando", "Lidl", "H&M", "Pepco", "Rossmann", "dm", "Notino", "Amazon",
               "AliExpress", "Temu", "Shein", "Apple Store", "JYSK", "Sinsay", "Reserved", "LC Waikiki", "Zara", "Action",
               "Douglas", "Flanco", "Kika"]
AIR = ["TAP Air Portugal", "TAP", "LOT", "TAROM", "Aegean", "Olympic Air", "airBaltic", "Wizz Air", "Wizz", "Ryanair",
       "Turkish Airlines", "Pegasus", "AJet", "SunExpress", "Georgian Airways", "AZAL", "Smartwings", "Bulgaria Air",
       "Croatia Airlines", "Air Serbia", "Lufthansa", "KLM", "easyJet", "Vueling", "Flyone Armenia", "Sky Express"]
CAR = ["Sixt", "Europcar", "Hertz", "Avis", "Budget", "Enterprise", "Goldcar", "Localrent", "Getaround", "CityBee",
       "Bolt Drive", "Drivalia", "Green Motion", "Surprice", "Panek", "Traficar", "Autoklass", "Circular Rent"]
SAAS = ["Salesforce", "Zendesk", "Jira", "Confluence", "Slack", "MS Teams", "Genesys Cloud", "Five9", "Freshdesk",
        "HubSpot", "Pipedrive", "Bitrix24", "Intercom", "Okta", "Microsoft 365", "Google Workspace", "SAP", "ServiceNow",
        "Twilio", "Miro", "Notion", "Asana", "Monday.com", "Shopify", "Stripe", "Xero", "Dropbox", "Zoom", "Calendly",
        "Mailchimp", "Trello", "Workday"]
PROD = ["iPhone 15", "iPhone 13 mini", "iPhone 15 Pro Max", "Galaxy S24", "Galaxy A54", "Pixel 8", "Redmi Note 13",
        "AirPods Pro", "Apple Watch", "PS5", "PlayStation 5", "Xbox Series S", "Nintendo Switch", "Kindle Paperwhite",
        "Dyson V15", "Roomba", "Thermomix", "Nespresso Vertuo", "MacBook Air", "ThinkPad X1", "Fritz!Box", "TP-Link Deco",
        "Huawei B535", "Garmin Forerunner", "GoPro Hero 12", "JBL Flip 6", "Sonos One", "Philips Hue", "Bosch dishwasher",
        "LG OLED C3", "Samsung Frame TV", "DJI Mini 4", "Xiaomi scooter", "Lenovo Tab M10", "Surface Pro", "Galaxy Buds",
        "iPad Air", "Fire TV Stick", "Chromecast", "Tefal air fryer"]
DEV = ["iPhone 15", "iPhone 13 mini", "iPhone 15 Pro Max", "Galaxy S24", "Galaxy A54", "Pixel 8", "Redmi Note 13",
       "iPad Air", "Lenovo Tab M10", "Galaxy Z Flip5", "Honor Magic6", "Xiaomi 14", "Motorola Edge 40", "OnePlus 12"]
APP = ["Bolt", "Wolt", "Glovo", "Uber", "Yandex Go", "Getir", "Smart-ID", "Mobile-ID", "BLIK", "Apple Pay",
       "Google Pay", "WhatsApp", "Viber", "Telegram", "Bolt Food", "Foodpanda", "Trendyol Go", "Booking.com",
       "Airbnb", "Skyscanner", "Tazz", "efood"]
COURIER = ["DPD", "GLS", "DHL", "InPost", "Omniva", "Packeta", "Sameday", "Fan Courier", "Speedy", "Econt", "ACS",
           "ELTA", "Yurtiçi Kargo", "Aras Kargo", "CTT", "Poczta Polska", "Foxpost", "Venipak", "Unisend", "Cargus",
           "Zásilkovna", "MNG Kargo"]
PLACE = ["Lisbon", "Porto", "Faro", "Madeira", "Warsaw", "Kraków", "Gdańsk", "Wrocław", "Bucharest", "Cluj", "Iași",
         "Constanța", "Brașov", "Sofia", "Plovdiv", "Varna", "Burgas", "Athens", "Thessaloniki", "Crete", "Rhodes",
         "Santorini", "Tallinn", "Tartu", "Pärnu", "Riga", "Jūrmala", "Vilnius", "Kaunas", "Klaipėda", "Palanga",
         "Prague", "Brno", "Ostrava", "Karlovy Vary", "Budapest", "Debrecen", "Lake Balaton", "Istanbul", "Ankara",
         "İzmir", "Antalya", "Bodrum", "Cappadocia", "Tbilisi", "Batumi", "Kutaisi", "Gudauri", "Yerevan", "Gyumri",
         "Dilijan", "Lake Sevan", "Baku", "Ganja", "Sheki", "Ljubljana", "Bled", "Zagreb", "Split", "Dubrovnik",
         "Belgrade", "Novi Sad", "Bratislava", "Košice", "Dubai", "London", "Berlin", "Paris", "Georgia", "Armenia",
         "Azerbaijan", "Türkiye", "Turkey", "Greece", "Portugal", "Poland", "Romania", "Bulgaria", "Estonia",
         "Latvia", "Lithuania", "Czechia", "Hungary", "Croatia", "Serbia", "Moldova", "the Algarve", "Transylvania"]
AIRPORT = ["LIS", "OPO", "WAW", "OTP", "SOF", "ATH", "TLL", "RIX", "VNO", "PRG", "BUD", "IST", "SAW", "TBS", "EVN",
           "GYD", "KUT", "BUS", "ADB", "AYT", "SKG", "KRK", "CLJ", "VAR"]
TEAM = ["Tier 2", "L2 Billing", "Retention", "Win-back", "Fraud Ops", "Chargebacks", "Baggage Claims", "Damage Desk",
        "KYC", "Porting Desk", "Roaming Desk", "VIP Line", "Onboarding", "Collections", "Tech L1", "Back Office",
        "Escalations", "Complaints", "Team Falcon", "Pod Delta", "Squad Orion", "Team Bosphorus", "Night Shift",
        "Weekend Crew", "Social Media team", "Disputes", "Fleet Ops", "Partner Desk", "Enterprise Support", "QA",
        "WFM", "Team Caucasus", "Baltic Pod", "Team Danube"]
JARG = ["AHT", "FCR", "CSAT", "NPS", "ACW", "SLA", "RMA", "KPI", "IVR", "ID&V", "KYC", "AML", "PIR", "MNP", "APN",
        "eSIM", "PUK", "3DS", "OTP", "SEPA", "SWIFT", "chargeback", "goodwill", "churn", "upsell", "callback",
        "warm transfer", "wrap-up", "T&Cs", "MMS", "VoLTE", "2FA", "SSO", "API key", "PNR", "EMD", "CDW", "SCDW"]
HUB = ["Lisbon", "Warsaw", "Bucharest", "Sofia", "Athens", "Tallinn", "Riga", "Vilnius", "Prague", "Budapest",
       "Istanbul", "Tbilisi", "Yerevan", "Baku"]
PLAN = ["Unlimited Max", "5G Plus", "Red XL", "Smart 30GB", "Family Share", "Fibra 1Gbps", "Home Box", "Prepaid Go",
        "Business Pro", "Travel Pass", "EU Roam"]
OFFER = ["50% off for 3 months", "a free upgrade to 5G", "double data", "the loyalty discount", "a 12m price lock",
         "free Netflix for 6 months", "waived install fee", "free HBO Max add-on", "extra 20GB", "a free router swap"]
PUBURL = ["www.vodafone.ro/suport", "help.bolt.eu", "www.emag.ro/retur", "www.flytap.com/en-pt/help", "support.apple.com",
          "allegro.pl/pomoc", "www.trendyol.com/yardim", "status.slack.com", "www.sixt.com/rental-locations",
          "www.airbaltic.com/en/contacts", "www.revolut.com/help", "www.telia.lt/pagalba", "www.magti.ge",
          "www.turkcell.com.tr/destek", "www.alza.cz/reklamace", "www.wizzair.com/en-gb/help"]
CCY = {"PT": "EUR", "PL": "PLN", "RO": "RON", "BG": "BGN", "GR": "EUR", "EE": "EUR", "LV": "EUR", "LT": "EUR",
       "CZ": "CZK", "SK": "EUR", "HU": "HUF", "TR": "TRY", "GE": "GEL", "AM": "AMD", "AZ": "AZN", "SI": "EUR",
       "HR": "EUR", "RS": "RSD", "ES": "EUR", "FR": "EUR", "NL": "EUR", "DE": "EUR"}
MACRO = ["REFUND_STD", "ROAM-01", "DELAY_EU261", "BAG-PIR", "CC-DECLINE", "PW_RESET", "MNP_OUT", "RET-SAVE-3"]
COLOR = ["midnight blue", "graphite", "rose gold", "sage green", "titanium", "white"]
VOUCHER = ["SPRING15", "WELCOME10", "BF2024", "SORRY20", "VIP5", "LOYAL25"]


def amount(rng, cc):
    c = CCY.get(cc, "EUR")
    v = rng.choice([5, 10, 15, 20, 25, 30, 45, 49.99, 60, 75, 99, 120, 150, 199, 250, 300, 499, 1200])
    if c == "EUR":
        return rng.choice([f"€{v}", f"{v} EUR", f"{v}eur", f"EUR {v}"])
    if c == "HUF":
        return rng.choice([f"{int(v*380):,} Ft".replace(",", " "), f"HUF {int(v*380)}"])
    if c == "AMD":
        return f"{int(v*420):,} AMD".replace(",", " ")
    if c == "RON":
        return rng.choice([f"{int(v*5)} lei", f"RON {int(v*5)}"])
    if c == "PLN":
        return rng.choice([f"{int(v*4)} zł", f"{int(v*4)} PLN", f"{int(v*4)}zl"])
    if c == "TRY":
        return rng.choice([f"{int(v*35)} TL", f"₺{int(v*35)}", f"{int(v*35)} TRY"])
    if c == "GEL":
        return rng.choice([f"{int(v*3)} GEL", f"{int(v*3)} lari", f"₾{int(v*3)}"])
    if c == "AZN":
        return rng.choice([f"{int(v*2)} AZN", f"{int(v*2)} manat"])
    if c == "CZK":
        return rng.choice([f"{int(v*25)} Kč", f"CZK {int(v*25)}"])
    if c == "BGN":
        return rng.choice([f"{int(v*2)} лв", f"{int(v*2)} BGN", f"{int(v*2)}lv"])
    return f"{int(v*117)} {c}"


def odate(rng):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    return rng.choice([f"{d:02d}/{m:02d}", f"{d} {MONTHS[m-1][:3]}", "yday", "tmrw", "Mon", "next Tue", f"{d}.{m:02d}.",
                       "end of month", f"{d} {MONTHS[m-1]}", "Friday", "this wk", f"{d:02d}.{m:02d}.2024"])


def otime(rng):
    return rng.choice([f"{rng.randint(8,20)}:{rng.choice(['00', '15', '30', '45'])}", f"{rng.randint(9,11)}am",
                       f"{rng.randint(1,6)}pm", f"{rng.randint(9,18)}h", "after lunch", "EOD"])


def flight(rng):
    return rng.choice(["TP ", "LO ", "W6 ", "TK ", "A3 ", "BT ", "RO ", "FR ", "J2 ", "PC ", "OU ", "JU ", "QS "]) + str(rng.randint(100, 8999))


# ---------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------
FRAGS = [
    "cust happy", "all sorted", "closed", "FCR", "ty", "no further action", "sent csat", "csat 5/5", "NPS 9",
    "case closed", "pending", "will follow up {DATE}", "cb booked {TIME}", "escalated to {TEAM}", "goodwill {AMT}",
    "refund {AMT} processed", "waiting on {TEAM}", "gave {AMT} credit", "pls check tmrw", "dont close yet",
    "cust v grateful", "said i was a star lol", "kept it short", "went over AHT but worth it", "macro {MACRO} used",
    "no dispute raised", "logged in {SAAS}", "told cust 3-5 working days", "ETA {DATE}", "hold time 12 min",
    "cust calm by end", "no escalation needed", "wasnt our fault but fixed anyway", "cant do more from our side",
    "didnt need supervisor", "case note added", "tagged {JARG}", "retention save", "saved the churn", "RMA approved",
    "label emailed", "sms confirmation sent", "OTP resent", "win!!", "BIG WIN", "small win but still",
    "QA pls listen to this one", "cust laughed at the end", "dispute withdrawn", "chargeback avoided",
    "voucher {VOUCHER} applied", "ticket merged", "dup ticket closed", "warm transfer to {TEAM}", "cold transfer sorry",
    "ok", "thx", "NOT a fraud case", "pls DONT call back before {TIME}", "{JARG} ok", "system lag in {SAAS} again",
    "cust said best call ever", "recording flagged for coaching", "followed {MACRO} script", "promised update by {DATE}",
    "its done", "cust didnt want survey", "upsell accepted", "no upsell, not the moment", "awaiting {COURIER} scan",
    "manager approved goodwill", "cust was in {PLACE} on holiday", "gave direct line to {TEAM}",
]

NOPII_TEMPLATES = [
    "{BRAND} outage in {CITY} again, {FRAG}",
    "cust happy w/ {PROD} after firmware update, {FRAG}",
    "{TEAM} queue was on fire today, {JARG} through the roof but {FRAG}",
    "moved {AIR} flight {FLIGHT} to {DATE}, no change fee, {FRAG}",
    "{BANK} card blocked abroad in {PLACE}, unblocked after {JARG} check, {FRAG}",
    "explained diff between {PROD} and {PROD2}, cust went w/ the cheaper one, {FRAG}",
    "{CAR} pickup at {AIRPORT} delayed 40 min, gave {AMT} voucher, {FRAG}",
    "{SAAS} integration w/ {SAAS2} broke after update, sent to {TEAM}",
    "promo code from {SHOP} didnt apply to {PROD}, fixed manually, {FRAG}",
    "{TELCO} {PLAN} roaming in {PLACE} not working, reset APN, {FRAG}",
    "FCR! {SHOP} return label resent, {FRAG}",
    "parcel via {COURIER} lost between {CITY} and {CITY2}, reshipped, {FRAG}",
    "baggage delayed on {AIR} {AIRPORT}-{AIRPORT2}, PIR filed, {FRAG}",
    "pls note {BRAND} price change from {DATE}, cust informed, {FRAG}",
    "cust asked if {PROD} works with {PROD2} - yes it does, {FRAG}",
    "upsold {PROD} + {PLAN} bundle on {TELCO}, {AMT}/month, {FRAG}",
    "{TEAM} handover done for {BRAND} backlog, {FRAG}",
    "system slow all morning ({SAAS}), AHT bad, sorry {TEAM}",
    "{SHOP} {CITY} store had no stock of {PROD}, reserved at {CITY2} branch",
    "DO NOT REFUND twice - already done in {SAAS} for the {SHOP} order",
    "cust flying from {PLACE} loved the {AIR} upgrade, {FRAG}",
    "{LBANK} transfer to {FINTECH} pending 3 days, normal for [SEPA|SWIFT|intl transfers], explained",
    "[Fritz!Box|TP-Link Deco|Huawei B535|ZTE MF286] router swap booked {DATE} with {TELCO} tech, {FRAG}",
    "{CAR} one-way {CITY} to {CITY2} surcharge waived, {FRAG}",
    "customer in {PLACE} needed invoice in English, done via {SAAS}, {FRAG}",
    "{APP} app crashing on {DEV}, known bug, linked to {TEAM} ticket",
    "great call re {BRAND}, {FRAG}, {FRAG}",
    "{HUB} hub: {JARG} target hit this week, {BRAND} queue green",
    "{SHOP} loyalty points not showing, added manually, {FRAG}",
    "sent public link {PUBURL} for the return policy, {FRAG}",
    "explained {BANK} card fees in {CCY} vs EUR, cust ok w/ it",
    "{AIR} refund rules for the {PLACE} strike, voucher accepted, {FRAG}",
    "eSIM for {DEV} on {TELCO} activated, {FRAG}",
    "tmrw training on {SAAS} for {TEAM}, pls dont book breaks 10-12",
    "cust porting from {TELCO} to {TELCO2}, PAC code given, {FRAG}",
    "{SHOP} order split in 2 parcels, both {COURIER}, explained, {FRAG}",
    "{PROD} has 2 yr warranty in EU, cust in {PLACE} thought 1 yr, {FRAG}",
    "loads of calls re {BRAND} app update, macro {MACRO} works fine",
    "{APP} login via {FINTECH} failing on {DEV}, cleared cache, {FRAG}",
    "lounge access at {AIRPORT} denied w/ {BANK} card, explained T&Cs, {FRAG}",
    "cust in {CITY} wanted {PROD} in {COLOR}, backorder till {DATE}",
    "helped set up {APP} on new {DEV}, 20 min, {FRAG}",
    "bulk sms from {TELCO} looked like phishing, confirmed legit, {FRAG}",
    "{CAR} {JARG} vs {JARG2} explained for {PLACE} trip, cust took full cover",
    "{FINTECH} top-up failed from {BANK}, retry worked, {FRAG}",
    "overbooked {AIR} {FLIGHT}, rebooked via {AIRPORT}, EU261 comp explained",
    "{SHOP} {PROD} price match vs {SHOP2} approved, {FRAG}",
    "{TEAM} says {SAAS} SSO down for {HUB} hub, workaround shared",
    "ordered {PROD} from {SHOP}, arrived w/ {COURIER} in 2 days, cust wanted to say thanks",
    "{TELCO} fibre install in {CITY} done early, {FRAG}",
    "WIN: {BRAND} cust was going to leave for {BRAND2}, stayed after {OFFER}",
    "{AIR} {JARG} issue for {AIRPORT}, fixed w/ {TEAM}, {FRAG}",
    "{AIR} app check-in for {FLIGHT} failing, boarding pass sent by {TEAM}, {FRAG}",
    "{PROD} from {SHOP} dead on arrival, swapped in {CITY} store, {FRAG}",
    "{TELCO} {PLAN} vs {PLAN2} comparison sent, cust thinking, {FRAG}",
    "{COURIER} locker in {CITY} full, redirected to {COURIER2} pickup point",
    "{BANK} {JARG} hold on {FINTECH} transfer released, {FRAG}",
    "{CAR} fuel policy confusion at {AIRPORT}, full-to-full explained, {FRAG}",
    "{SAAS} invoice in {CCY} not EUR, {TEAM} reissued, {FRAG}",
    "roaming in {PLACE} w/ {TELCO} - {PLAN} covers it, {FRAG}",
]

PII_TEMPLATES = [
    "{N} called re {BRAND} bill, {FRAG}",
    "cust {FULL} rang, wanted refund for {PROD}, {FRAG}",
    "spoke w/ {HON} about late delivery, order {ORDER}, {FRAG}",
    "{CRM} - updated mob to {PHONE}, {FRAG}",
    "new email on file {EMAIL} as per {G}, {FRAG}",
    "ID&V passed: {DOBC}, postcode {PC}. {FRAG}",
    "{G} from {CITY} was stuck on {PROD} setup, walked {PRO} thru it, {FRAG}",
    "moved billing address to {ADDR} for {HON}, {FRAG}",
    "{FULL} card ending {CARD4} declined at {SHOP}, {FRAG}",
    "booking ref {PNR} for {FULL} and {FULL2}, seats changed for {DATE}, {FRAG}",
    "{G}'s {PROD} arrived damaged, RMA {ORDER} raised, {FRAG}",
    "callback to {PHONE} at {TIME} pls - {G} asked for {AG} again",
    "{NATID} verified for {FULL}, account {ACCT} unlocked, {FRAG}",
    "refund to IBAN {IBAN} ({FULL}), {AMT}, {FRAG}",
    "{HON} very upset abt roaming charges in {PLACE}, gave credit {AMT}, {FRAG}",
    "login from ip {IP} flagged on {BANK} app, {G} confirmed it was {PRO}, {FRAG}",
    "car {PLATE} returned to {CAR} {AIRPORT} w/ scratch on bumper, {FULL} disputes it, {FRAG}",
    "ticket {TICKET} - {INIT} says {SAAS} seats not syncing, {FRAG}",
    "crm record {URL} - {G} asked us to delete old data, sent to DPO",
    "{G2} ({G}'s {REL2}) called on {POS} behalf, {FRAG}",
    "born {DOB}, name on acct {CRM}, {FRAG}",
    "{FULL}, dob {DOB}, tel {PHONE}, {FRAG}",
    "big win today: {G} was about to cancel {TELCO} but stayed after {OFFER}",
    "{AG} helped me with {FULL}'s chargeback on {FINTECH}, {FRAG}",
    "cust no. {ACCT} {FULL} wants paper bills sent to {ADDR}",
    "pls send contract copy to {EMAIL} - {HON}",
    "{F} family, 2 lines {PHONE} and {PHONE2} on {PLAN}, {FRAG}",
    "passport {PASS} for {FULL} added to booking {PNR} on {AIR}",
    "{HON} has new card ****{CARD4}, updated in {APP} wallet, {FRAG}",
    "{FULL} ({EMAIL}) couldnt reset pw on {SAAS}, {FRAG}",
    "policy {POLICY} - {FULL} claims windscreen, car {PLATE}, {FRAG}",
    "delivered to wrong address, should be {ADDR}. {G} ok with redelivery {DATE}",
    "{G} said thx a million, {FRAG}",
    "{N} rang twice about {BRAND}, {FRAG}",
    "escalated {TICKET} to {TEAM} - {HON} waiting since {DATE}",
    "cust {G} asked for supervisor, {AG} took over, {FRAG}",
    "{FULL} {PHONE} {EMAIL} - new lead for {TELCO} fibre",
    "transfer to {IBAN} bounced, {CRM} to resend from {BANK}, {FRAG}",
    "pls ring back {G} on {PHONE} re {SHOP} order {ORDER}",
    "address check: {ADDR}. matches. DOB {DOB} ok, {FRAG}",
    "email bounced {EMAIL}, cust {F} gave alt {EMAIL2}",
    "{INIT} (acct {ACCT}) - direct debit failed at {BANK}, {FRAG}",
    "note for {AG}: {FULL} will call back re {TICKET}",
    "upgraded {FULL} to {PLAN}, card {CARD4} on file, {FRAG}",
    "{G} and {G2} both on the {AIR} flight to {PLACE}, PNR {PNR}, {FRAG}",
    "wrong {PROD} shipped to {HON}, {STREET}, {PC} {CITYT}, {FRAG}",
    "{N} - NO MORE CALLS pls, marketing opt-out done, {FRAG}",
    "cust read out full card no {CARDNUM} on the call, told {PRO} not to, masked rec",
    "tax id {NATID2} for {FULL}'s invoice, sent via {SAAS}",
    "{HON} from {CITY} complaining about {BANK} app, {FRAG}",
    "{FULL} locked out of {APP}, reset link sent to {EMAIL}",
    "found {G} on linkedin {SOCIAL} to confirm company name, ok",
    "DOB {DOB} / tel {PHONE} / acct {ACCT}",
    "driver {FULL}, plate {PLATE}, at {CAR} desk {CITY}, {FRAG}",
    "order {ORDER} for {G} stuck at {COURIER} depot {CITY}, {FRAG}",
    "{AG} from {TEAM} helped w/ {HON}, {FRAG}",
    "customer ID {ACCT}, {FULL}, moving to {CITY} next month, new address {ADDR}",
    "{HON}'s account {ACCT} had wrong dob, corrected to {DOB}",
    "lady called {G}, no surname given, {FRAG}",
    "caller {FULL}, tel {PHONE}, re {PROD} - {FRAG}",
    "kyc docs for {CRM}: {NATID}, born {DOB}, {FRAG}",
    "{HON2} (guardian of {G}) asked for {SHOP} account closure, {FRAG}",
    "sent summary to {EMAIL} and cc {EMAIL2}, {FRAG}",
    "{G} said best service ever, {FRAG}",
    "ticket {TICKET}, order {ORDER}, {N}. {FRAG}",
    "cust gave postcode {PC} but system shows {PC2}, updated, {FRAG}",
    "{F} [ok|fine|happy] now, {FRAG}",
    "{G} {F2}? no - correct name is {FULL}, fixed in {SAAS}",
    "spoke to {HON} and {POS} {REL2} {G2}, {FRAG}",
    "{FULL} ip {IP} tried 5 logins, {TEAM} informed",
    "{HON} wanted {PROD} delivered to {STREET} instead, {FRAG}",
    "{CRM} {PHONE}",
    "cust {N} rang from {PLACE}, roaming on {TELCO} fixed, {FRAG}",
    "{HON} - {PNR} - {AIRPORT}-{AIRPORT2} - name typo fixed, {FRAG}",
    "iban {IBAN} for {HON}'s refund, {AMT}, {FRAG}",
    "{N} wanted receipt for {AMT} at {SHOP}, sent to {EMAIL}",
    "{G} ({PHONE}) says {COURIER} left parcel at {STREET}, {FRAG}",
    "{DOBC} and card {CARD4} matched, {HON} verified, {FRAG}",
    "handed {FULL} over to {AG}, {FRAG}",
    "{G} in {CITY} got {PROD} swapped same day, {FRAG}",
    "{HON} asked for {AG} by name, {AG} on break so I took it, {FRAG}",
    "{FULL} born {DOB} {NATID} - {CAR} rental ok",
    "cust {INIT}, {CITYT}, {PC}, {FRAG}",
    "{FULL} {DOBC}, {FRAG}",
    "chat from ip {IP}, user {EMAIL}, {SAAS} workspace locked, {FRAG}",
    "{SAAS} admin {FULL} asked why ip {IP} was blocked, whitelisted, {FRAG}",
    "two accounts same ip {IP} - {G} and {G2} are flatmates, not fraud",
    "{HON} sent screenshot via {SOCIAL}, pls dont use DMs for this next time",
    "record {URL} updated, {FULL} now on {PLAN}",
    "see {URL} for {G}'s docs, {FRAG}",
    "{G} paid twice w/ card {CARD4}, {AMT} refunded to {BANK}, {FRAG}",
    "visa ending {CARD4} expired, {HON} added mastercard ending {CARD4}, {FRAG}",
    "salary acct {IBAN} - {CRM} - {BANK} switch done",
    "{FULL} IBAN {IBAN} - direct debit set up for {TELCO}, {FRAG}",
    "{AG} pls check {F}'s iban {IBAN}, looks wrong",
    "{POS} {REL2} {FULL2} is main acct holder, {HON} only authorised user, {FRAG}",
    "cust {FULL} {PHONE}, {STREET}, {FRAG}",
    "{G} {F} from {CITY}, {FRAG}",
    "{FULL} and {FULL2} both called about the same {SHOP} order {ORDER}",
    "{HON} {DOBC} {NATID} {FRAG}",
    "{CRM} / {PNR} / {AIR} {FLIGHT} / bag not arrived at {AIRPORT}",
    "rental {CAR} {PLATE} - {HON} got speeding fine in {PLACE}, admin fee {AMT}",
    "{INIT} called from {PHONE}, wants {PROD} delivered to {ADDR}",
]

SECTORS = ["retail", "telecom", "airline", "car", "saas", "bank"]


def new_person(rng, pools, c):
    for _ in range(30):
        p = Person(rng, pools, c)
        if p.ok(pools.listed):
            return p
    raise RuntimeError("no safe name")


class Ctx:
    def __init__(self, rng, pools, cultures, pii):
        self.rng = rng
        self.pools = pools
        self.cultures = cultures
        c1 = rng.choice(cultures)
        if rng.random() < 0.65:
            self.cc = rng.choice(HOME[c1])
        else:
            self.cc = rng.choice(COUNTRIES)
        self.sector = rng.choice(SECTORS)
        self.c1 = c1
        self._p1 = self._p2 = self._ag = None
        self.pii = pii

    def person(self, which):
        rng = self.rng
        if which == 1:
            if self._p1 is None:
                self._p1 = new_person(rng, self.pools, self.c1)
            return self._p1
        if which == 2:
            if self._p2 is None:
                c = self.c1 if rng.random() < 0.7 else rng.choice(self.cultures)
                self._p2 = new_person(rng, self.pools, c)
                if self._p1 is not None and self._p2.given == self._p1.given:
                    self._p2 = new_person(rng, self.pools, c)
            return self._p2
        if self._ag is None:
            self._ag = new_person(rng, self.pools, rng.choice(self.cultures))
        return self._ag

    def brand(self):
        rng = self.rng
        s = self.sector
        if s == "retail":
            return rng.choice(SHOP.get(self.cc, []) + GLOBAL_SHOP)
        if s == "telecom":
            return rng.choice(TELCO[self.cc])
        if s == "airline":
            return rng.choice(AIR)
        if s == "car":
            return rng.choice(CAR)
        if s == "saas":
            return rng.choice(SAAS)
        return rng.choice(BANK[self.cc] + FINTECH)

    def slot(self, s):
        rng = self.rng
        cc = self.cc
        o = lambda t: [(t, "o")]
        if s in ("PRO", "PRO2", "POS", "POS2"):
            p = self.person(2 if s.endswith("2") else 1)
            if s.startswith("PRO"):
                return o("him" if p.sex == "m" else "her")
            return o("his" if p.sex == "m" else "her")
        if s == "REL2":
            p = self.person(2)
            if p.sex == "m":
                return o(rng.choice(["son", "husband", "brother", "grandson", "dad", "nephew", "partner"]))
            return o(rng.choice(["daughter", "wife", "sister", "granddaughter", "mum", "niece", "partner"]))
        if s == "LBANK":
            return o(rng.choice(BANK[cc]))
        if s == "FRAG":
            return render(rng.choice(FRAGS), self)
        if s in ("BRAND", "BRAND2"):
            return o(self.brand())
        if s in ("SHOP", "SHOP2"):
            return o(rng.choice(SHOP.get(cc, []) + GLOBAL_SHOP))
        if s in ("TELCO", "TELCO2"):
            return o(rng.choice(TELCO[cc] + TELCO[rng.choice(COUNTRIES)]))
        if s in ("BANK", "BANK2"):
            return o(rng.choice(BANK[cc] + FINTECH[:3]))
        if s == "FINTECH":
            return o(rng.choice(FINTECH))
        if s == "AIR":
            return o(rng.choice(AIR))
        if s == "CAR":
            return o(rng.choice(CAR))
        if s in ("SAAS", "SAAS2"):
            return o(rng.choice(SAAS))
        if s == "DEV":
            return o(rng.choice(DEV))
        if s in ("PROD", "PROD2"):
            return o(rng.choice(PROD))
        if s == "APP":
            return o(rng.choice(APP))
        if s in ("COURIER", "COURIER2"):
            return o(rng.choice(COURIER))
        if s == "PLACE":
            return o(rng.choice(PLACE))
        if s in ("CITY", "CITY2"):
            return o(rng.choice(CITIES[cc] + PLACE[:20]))
        if s in ("AIRPORT", "AIRPORT2"):
            return o(rng.choice(AIRPORT))
        if s == "TEAM":
            return o(rng.choice(TEAM))
        if s in ("JARG", "JARG2"):
            return o(rng.choice(JARG))
        if s == "HUB":
            return o(rng.choice(HUB))
        if s in ("PLAN", "PLAN2"):
            return o(rng.choice(PLAN))
        if s == "OFFER":
            return o(rng.choice(OFFER))
        if s == "PUBURL":
            return o(rng.choice(PUBURL))
        if s == "CCY":
            return o(CCY.get(cc, "EUR"))
        if s == "MACRO":
            return o(rng.choice(MACRO))
        if s == "COLOR":
            return o(rng.choice(COLOR))
        if s == "VOUCHER":
            return o(rng.choice(VOUCHER))
        if s == "AMT":
            return o(amount(rng, cc))
        if s == "DATE":
            return o(odate(rng))
        if s == "TIME":
            return o(otime(rng))
        if s == "FLIGHT":
            return o(flight(rng))
        # ---- personal ----
        forms = {"G": "G", "F": "F", "FULL": "FULL", "N": "ANY", "HON": "HON", "CRM": "CRM", "INIT": "INIT"}
        base = s.rstrip("2")
        if base in forms:
            p = self.person(2 if s.endswith("2") else 1)
            return name_form(rng, p, forms[base])
        if s == "AG":
            p = self.person(3)
            return name_form(rng, p, rng.choice(["G", "G", "G", "INIT", "FULL"]))
        if s in ("PHONE", "PHONE2"):
            return [(phone(rng, cc), "phone")]
        if s == "EMAIL":
            return [(email(rng, self.person(1)), "email")]
        if s == "EMAIL2":
            return [(email(rng, self.person(1) if rng.random() < 0.5 else None), "email")]
        if s == "CARD4":
            return [(D(rng, 4), "card")]
        if s == "CARDNUM":
            return [(luhn_card(rng), "card")]
        if s == "ORDER":
            return [(order_id(rng), "id")]
        if s == "ACCT":
            return [(acct_id(rng), "id")]
        if s == "TICKET":
            return [(ticket_id(rng), "id")]
        if s == "PNR":
            return [(pnr(rng), "id")]
        if s == "POLICY":
            return [(policy_id(rng), "id")]
        if s == "PASS":
            return [(passport(rng, cc), "id")]
        if s in ("NATID", "NATID2"):
            cue, v = natid(rng, cc)
            return [(cue, "o"), (v, "id")]
        if s == "PLATE":
            return [(plate(rng, cc), "id")]
        if s == "ADDR":
            return address(rng, cc)
        if s == "STREET":
            return [(street(rng, cc), "address")]
        if s in ("PC", "PC2"):
            return [(postcode(rng, cc), "postcode")]
        if s == "CITYT":
            return [(rng.choice(CITIES[cc]), "~")]
        if s == "IP":
            return [(ip(rng), "ip")]
        if s == "URL":
            return [(url_person(rng, self.person(1)), "url")]
        if s == "SOCIAL":
            return [(url_person(rng, self.person(1), social=True), "url")]
        if s == "DOBC":
            cue = rng.choice(["DOB ", "dob ", "DOB: ", "d.o.b. ", "date of birth ", "born ", "b. ", "dob=", "DoB "])
            return [(cue, "o"), (dob(rng), "dob")]
        if s == "IBAN":
            return [(iban(rng, cc), "iban")]
        if s == "DOB":
            return [(dob(rng), "dob")]
        raise KeyError(s)


SLOT_RE = re.compile(r"\{([A-Z0-9_]+)\}")
CHOICE_RE = re.compile(r"\[([^\[\]]*)\]")


def render(tpl, ctx):
    tpl = CHOICE_RE.sub(lambda m: ctx.rng.choice(m.group(1).split("|")), tpl)
    segs = []
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], "o"))
        segs.extend(ctx.slot(m.group(1)))
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], "o"))
    return segs


# ---------- extra clause fragments to mix in ----------
OPENERS = ["", "", "", "", "win: ", "WIN - ", "quick one: ", "fyi ", "note: ", "today ", "pls see: ", "cx ",
           "inbound call, ", "chat: ", "email case: ", "re-open: ", "{HUB} hub - ", "{TEAM}: "]
CLOSERS = ["", "", "", "", " ty", " thx", ", closing", " - done", ", logged in {SAAS}", ", {FRAG}", ". {FRAG}",
           " lol", " (again)", ", {JARG} fine", " pls check", " !!", " - TBC"]


def merge(segs):
    out = []
    for t, l in segs:
        if not t:
            continue
        if out and l == "o" and out[-1][1] == "o":
            out[-1] = (out[-1][0] + t, "o")
        else:
            out.append((t, l))
    return out


def tidy(segs):
    segs = merge(segs)
    res = []
    for t, l in segs:
        if l == "o":
            t = re.sub(r" {2,}", " ", t)
            t = t.replace(" ,", ",").replace(",,", ",").replace(", .", ".").replace(",.", ".")
        res.append((t, l))
    # strip ends
    if res and res[0][1] == "o":
        res[0] = (res[0][0].lstrip(), "o")
    if res and res[-1][1] == "o":
        res[-1] = (res[-1][0].rstrip(), "o")
    res = [(t, l) for t, l in res if t]
    # fix double spaces across boundaries
    fixed = []
    for i, (t, l) in enumerate(res):
        if l == "o" and fixed and fixed[-1][0].endswith(" ") and t.startswith(" "):
            t = t.lstrip(" ")
        if t:
            fixed.append((t, l))
    return merge(fixed)


def typo(word, rng):
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randint(1, len(word) - 2)
    r = rng.random()
    if r < 0.5:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if r < 0.75:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def mutate(segs, rng, lower):
    segs = list(segs)
    if lower:
        segs = [(t.replace("İ", "I").lower(), l) for t, l in segs]
    else:
        # occasional ALL CAPS word in an o segment
        if rng.random() < 0.15:
            idx = [i for i, (t, l) in enumerate(segs) if l == "o" and re.search(r"[a-z]{3,}", t)]
            if idx:
                i = rng.choice(idx)
                t = segs[i][0]
                words = t.split(" ")
                cand = [j for j, w in enumerate(words) if len(w) >= 3 and w.isalpha() and w.islower()]
                if cand:
                    j = rng.choice(cand)
                    words[j] = words[j].upper()
                    segs[i] = (" ".join(words), "o")
    if rng.random() < 0.18:
        idx = [i for i, (t, l) in enumerate(segs) if l == "o" and re.search(r"[a-z]{4,}", t)]
        if idx:
            i = rng.choice(idx)
            words = segs[i][0].split(" ")
            cand = [j for j, w in enumerate(words) if len(w) >= 4 and w.isalpha() and w.islower()]
            if cand:
                j = rng.choice(cand)
                words[j] = typo(words[j], rng)
                segs[i] = (" ".join(words), "o")
    return segs


def make_note(rng, pools, cultures, pii, lower):
    for _ in range(50):
        ctx = Ctx(rng, pools, cultures, pii)
        tpl = rng.choice(PII_TEMPLATES if pii else NOPII_TEMPLATES)
        full = rng.choice(OPENERS) + tpl + rng.choice(CLOSERS)
        segs = render(full, ctx)
        if rng.random() < 0.22:
            segs += [(rng.choice([". ", "; ", " / ", " - also ", ". also ", " + "]), "o")]
            segs += render(rng.choice(NOPII_TEMPLATES), ctx)
        segs = mutate(segs, rng, lower)
        segs = tidy(segs)
        text = "".join(t for t, _ in segs)
        nw = len(text.split())
        if 5 <= nw <= 45 and "\n" not in text:
            has_pii = any(l in PII_LABELS for _, l in segs)
            if has_pii == pii:
                return segs
    raise RuntimeError("could not build note")


def blind_notes(listed: frozenset) -> list:
    rng = random.Random(SEED)
    listed = frozenset(x.lower() for x in listed)
    pools = NamePools(listed)
    cultures = [c for c in CULTURES if pools.usable(c)]
    n_nopii = int(N_NOTES * 0.48)
    flags = ([(False, True)] * 90 + [(False, False)] * (n_nopii - 90)
             + [(True, True)] * 220 + [(True, False)] * (N_NOTES - n_nopii - 220))
    rng.shuffle(flags)
    notes = []
    for pii, lower in flags:
        notes.append(make_note(rng, pools, cultures, pii, lower))
    return notes


if __name__ == "__main__":
    import collections
    sample_listed = frozenset(["maria", "anna", "jan", "peter", "martin", "eva", "ivan", "ana", "elena",
                               "andrea", "mark", "marko", "luka", "david", "nina", "petra"])
    a = blind_notes(sample_listed)
    b = blind_notes(sample_listed)
    assert a == b, "not deterministic"
    cnt = collections.Counter()
    lower = 0
    nopii = 0
    for note in a:
        assert note, "empty note"
        text = "".join(t for t, _ in note)
        assert "\n" not in text
        nw = len(text.split())
        assert 5 <= nw <= 45, (nw, text)
        for t, l in note:
            assert l in LABELS, l
            assert t, "empty segment"
            if l != "o":
                assert t == t.strip(), repr(t)
            cnt[l] += 1
        if text == text.lower():
            lower += 1
        if not any(l in PII_LABELS for _, l in note):
            nopii += 1
        # listed names never used
        for t, l in note:
            if l == "name":
                for w in name_words(t):
                    w2 = w.strip(".,")
                    if len(w2) > 1:
                        assert not any(v in sample_listed for v in fold_variants(w2)), w2
    print("notes:", len(a))
    print("segments per label:", dict(sorted(cnt.items())))
    print("share all lower-case: %.3f" % (lower / len(a)))
    print("share no personal data: %.3f" % (nopii / len(a)))
