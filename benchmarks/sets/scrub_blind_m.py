#!/usr/bin/env python3
"""Blind evaluation set M: customer-care "win" notes, Central/Eastern Europe,
Nordics, DACH and Benelux. Standard library only, deterministic."""
import random
import re
import unicodedata

SEED = 7310
N_NOTES = 1000
NO_PII_SHARE = 0.45
LOWER_SHARE = 0.30

LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")

# ---------------------------------------------------------------- folding
_EXTRA = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "æ": "ae",
                        "Æ": "ae", "ß": "ss", "ð": "d", "Ð": "d", "þ": "th",
                        "Þ": "th", "œ": "oe", "Œ": "oe", "đ": "d", "Đ": "d",
                        "ı": "i"})
_SPLIT = re.compile(r"[\s\-'\u2019.]+")


def _fold(word):
    nf = unicodedata.normalize("NFKD", word)
    return "".join(c for c in nf if not unicodedata.combining(c)).lower()


def _folds(word):
    a = _fold(word)
    b = _fold(word.translate(_EXTRA))
    return {a, b}


def name_ok(name, listed):
    for part in _SPLIT.split(name):
        if not part:
            continue
        if _folds(part) & listed:
            return False
    return True


# ---------------------------------------------------------------- name pools
# Each culture: m = male given, f = female given, s = family names
# ("Male/Female" when the surname is gendered), d = diminutives,
# p = patronymic pairs "male/female" (Slavic) or father-genitive (Icelandic).
def _c(m, f, s, d="", p="", cc=("DE",)):
    fix = lambda txt: [w.replace("_", " ") for w in txt.split()]
    return dict(m=fix(m), f=fix(f), s=fix(s), d=fix(d), p=fix(p), cc=cc)


CULTURES = {
    "russian": _c(
        "Aleksandr Alexander Aleksei Alexey Dmitrii Dmitry Dmitriy Sergei Sergey Andrei Andrey Mikhail "
        "Nikolai Nikolay Yevgeny Evgeniy Vladimir Pavel Konstantin Yuri Iurii Vyacheslav Viacheslav "
        "Stanislav Gennady Arkady Timofei Fyodor Fedor Grigory Anatoly Leonid Matvei Vsevolod Rostislav",
        "Yekaterina Ekaterina Yelena Elena Natalya Natalia Tatyana Tatiana Svetlana Irina Yuliya Iuliia "
        "Ksenia Kseniya Anastasiya Darya Daria Lyudmila Ludmila Galina Valentina Marina Yevgeniya Polina "
        "Alyona Alena Varvara Veronika Lyubov Nadezhda Zhanna Kira Taisiya",
        "Ivanov/Ivanova Smirnov/Smirnova Kuznetsov/Kuznetsova Popov/Popova Sokolov/Sokolova "
        "Lebedev/Lebedeva Kozlov/Kozlova Novikov/Novikova Morozov/Morozova Volkov/Volkova "
        "Solovyov/Solovyova Vasilyev/Vasilyeva Zaitsev/Zaitseva Zaytsev/Zaytseva Pavlov/Pavlova "
        "Semyonov/Semyonova Golubev/Golubeva Vinogradov/Vinogradova Bogdanov/Bogdanova "
        "Vorobyov/Vorobyova Fyodorov/Fyodorova Mikhailov/Mikhailova Belyaev/Belyaeva Tarasov/Tarasova "
        "Komarov/Komarova Orlov/Orlova Kiselyov/Kiselyova Makarov/Makarova Kovalyov/Kovalyova "
        "Shcherbakov/Shcherbakova Schtscherbakow/Schtscherbakowa Szczerbakow/Szczerbakowa "
        "Khrushchyov/Khrushchyova Zhukov/Zhukova Schukow/Schukowa Yershov/Yershova Ershov/Ershova "
        "Kuzmin/Kuzmina Ilyin/Ilyina Dostoevsky/Dostoevskaya Belinsky/Belinskaya Tolstoy/Tolstaya "
        "Chaikovsky/Chaikovskaya",
        "Sasha Sanya Shura Masha Dima Kolya Seryozha Serezha Lyosha Alyosha Natasha Katya Vanya Zhenya "
        "Misha Volodya Tanya Sveta Yulya Lena Nastya Dasha Pasha Kostya Lyuba Galya Vitya Tolya Grisha Fedya",
        "Ivanovich/Ivanovna Petrovich/Petrovna Sergeyevich/Sergeyevna Sergeevich/Sergeevna "
        "Aleksandrovich/Aleksandrovna Alexandrovich/Alexandrovna Nikolayevich/Nikolayevna "
        "Mikhailovich/Mikhailovna Vladimirovich/Vladimirovna Andreyevich/Andreyevna "
        "Dmitriyevich/Dmitriyevna Yuryevich/Yuryevna Viktorovich/Viktorovna Olegovich/Olegovna "
        "Borisovich/Borisovna Pavlovich/Pavlovna Anatolyevich/Anatolyevna Gennadyevich/Gennadyevna "
        "Ilyich/Ilyinichna Nikitich/Nikitichna Lvovich/Lvovna",
        cc=("RU", "RU", "RU", "DE", "FI")),
    "ukrainian": _c(
        "Oleksandr Oleksii Oleksiy Andrii Andriy Mykola Mykhailo Serhii Serhiy Taras Bohdan Yaroslav "
        "Volodymyr Vasyl Petro Ostap Yurii Dmytro Ihor Vitalii Roman Stepan Hryhorii Maksym Oleh Borys "
        "Anatolii Pavlo Yevhen Artem Danylo Nazar Myroslav Lev",
        "Oksana Olena Iryna Tetiana Tetyana Nataliia Yuliia Kateryna Halyna Liudmyla Lyudmyla Viktoriia "
        "Solomiia Khrystyna Oleksandra Nadiia Larysa Svitlana Hanna Mariia Daryna Sofiia Ulyana Yaryna "
        "Lesia Bohdana Zoriana Vira Liubov Valentyna Inna Roksolana Olha",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Boyko Boiko Melnyk Kovalchuk Oliinyk "
        "Lysenko Marchenko Rudenko Savchenko Petrenko Moroz Koval Shevchuk Polishchuk Tkachuk Pavlenko "
        "Havryliuk Hnatiuk Kravets Ponomarenko Honcharenko Kuzmenko Zinchenko Yaremchuk Fedoruk "
        "Sydorenko Hrytsenko Didenko Pylypenko Kovalskyi/Kovalska Levytskyi/Levytska "
        "Hrushevskyi/Hrushevska Stetsiv Dmytryshyn Humeniuk",
        "Sashko Oles Kolia Tarasyk Bodia Vova Dmytryk Olia Oksanka Tania Natalka Halia Katia Lesia "
        "Romko Petryk Yarko Marichka Solia Ustia Vasylko Stepko Nastia Khrystia",
        "Ivanovych/Ivanivna Petrovych/Petrivna Oleksandrovych/Oleksandrivna Mykolaiovych/Mykolaivna "
        "Serhiiovych/Serhiivna Vasylovych/Vasylivna Volodymyrovych/Volodymyrivna Andriiovych/Andriivna "
        "Stepanovych/Stepanivna Mykhailovych/Mykhailivna Yuriiovych/Yuriivna Bohdanovych/Bohdanivna "
        "Tarasovych/Tarasivna Hryhorovych/Hryhorivna Romanovych/Romanivna",
        cc=("UA", "UA", "UA", "PL", "DE")),
    "belarusian": _c(
        "Aliaksandr Aliaksei Ales Uladzimir Uladzislau Siarhei Dzmitry Mikalai Yauhen Viktar Raman "
        "Ihar Yury Vasil Kanstantsin Maksim Artsiom Zmitser Yanka Yakub Ryhor Stanislau Vadzim Valery "
        "Hleb Leanid Tsimur Aleh Andrei Pavel",
        "Volha Alena Aliaksandra Hanna Iryna Katsiaryna Natallia Tatsiana Sviatlana Maryia Darya Nasta "
        "Yana Liudmila Halina Ala Inesa Kseniya Veranika Palina Valiantsina Nadzeya Lizaveta Zhanna "
        "Larysa Yauheniya Krystsina Ulyana Taisa Alesia",
        "Lukashevich Karpovich Shushkevich Novik Kavalenka Kuzmich Tsikhanouski/Tsikhanouskaya "
        "Kalesnikau/Kalesnikava Bialiatski/Bialiatskaya Marozau/Marozava Sakalou/Sakalova "
        "Savitski/Savitskaya Navumchyk Lebiadzko Kaliada Shauchenka Mikhalevich Shauchuk Sidarovich "
        "Rakovich Paulavets Hrynkevich Zhuk Matskevich Pranevich Astapenka Barysevich Chyhir "
        "Dashkevich Hlushko Mazurkevich Yermakovich Lahvinets Kukharchyk Prakopovich Bahdanovich Karatkevich",
        "Sasha Aliosha Zmitrok Kastus Andrus Yasik Vitsia Alesia Nastsia Hanulia Katsia Volia",
        "Ivanavich/Ivanauna Aliaksandravich/Aliaksandrauna Mikalaevich/Mikalaeuna "
        "Uladzimiravich/Uladzimirauna Siarheevich/Siarheeuna Viktaravich/Viktarauna "
        "Piatrovich/Piatrouna Mikhailavich/Mikhailauna Anatolevich/Anatoleuna Vasilevich/Vasileuna",
        cc=("BY", "BY", "PL", "LT" if False else "PL", "DE")),
    "polish": _c(
        "Grzegorz Tomasz Krzysztof Wojciech Bartłomiej Łukasz Przemysław Zbigniew Jarosław Mirosław "
        "Sławomir Dariusz Mariusz Rafał Maciej Jakub Szymon Mateusz Kacper Wiktor Ignacy Bogdan Czesław "
        "Kazimierz Tadeusz Zdzisław Wiesław Radosław Bogusław Andrzej Paweł Janusz Ryszard Henryk Leszek",
        "Agnieszka Małgorzata Katarzyna Zofia Jadwiga Grażyna Bożena Danuta Halina Krystyna Elżbieta "
        "Urszula Dorota Beata Joanna Magdalena Aleksandra Weronika Wiktoria Zuzanna Justyna Monika Iwona "
        "Renata Jolanta Wiesława Bogumiła Genowefa Marzena Sylwia Paulina Karolina",
        "Kowalski/Kowalska Wiśniewski/Wiśniewska Wójcik Kamiński/Kamińska Zieliński/Zielińska "
        "Lewandowski/Lewandowska Szymański/Szymańska Woźniak Dąbrowski/Dąbrowska Kozłowski/Kozłowska "
        "Jankowski/Jankowska Mazur Krawczyk Piotrowski/Piotrowska Grabowski/Grabowska "
        "Nowakowski/Nowakowska Pawłowski/Pawłowska Michalski/Michalska Wróbel Zając Król Wieczorek "
        "Jabłoński/Jabłońska Majewski/Majewska Olszewski/Olszewska Stępień Jaworski/Jaworska "
        "Malinowski/Malinowska Adamczyk Dudek Nowicki/Nowicka Sikora Baran Rutkowski/Rutkowska "
        "Chmielewski/Chmielewska Brzęczyszczykiewicz Szczepański/Szczepańska Górecki/Górecka Lis "
        "Kaczmarek Mróz Sobczak Kot Kowalczyk-Nowak Grzybowski/Grzybowska",
        "Kasia Gosia Tomek Kuba Bartek Basia Ola Wojtek Jędrek Krzyś Zosia Madzia Asia Ewka Grześ "
        "Przemek Maciek Szymek Jadzia Bożenka Iwonka Dorotka Aga Ela Ula Krysia Halinka Staszek Kazik "
        "Zbyszek Heniek Józek",
        cc=("PL", "PL", "PL", "PL", "DE", "NL", "NO")),
    "kashubian": _c(
        "Florian Hieronim Bernard Leon Józef Aleksander Edmund Augustyn Brunon Eugeniusz Alojzy "
        "Zygfryd Gerard Klemens Franciszek Teodor Kazimierz Bolesław Marian Jerzy Stanisław Feliks "
        "Wacław Konrad Benedykt Walenty Jón Lech Hubert Cezary",
        "Gertruda Bernadeta Jadwiga Elżbieta Kunegunda Wanda Leokadia Regina Teresa Bronisława "
        "Stanisława Helena Irena Marta Brygida Florentyna Felicja Aniela Cecylia Salomea Otylia Rozalia "
        "Dominika Edyta Hildegarda Benedykta Józefa Agata Klara Ludwika",
        "Labuda Necel Bolduan Mielewczyk Kreft Formela Gliszczyński/Gliszczyńska Hinc Bork Trepczyk "
        "Borzyszkowski/Borzyszkowska Kiedrowski/Kiedrowska Tuszkowski/Tuszkowska Grucza Okoń "
        "Landowski/Landowska Konkol Wenta Dawidowski/Dawidowska Ceynowa Majkowski/Majkowska "
        "Derdowski/Derdowska Karnowski/Karnowska Heyke Klasa Block Muża Kunc Lewna Szczypior "
        "Grzenkowicz Klawikowski/Klawikowska Bigus Kwidzyński/Kwidzyńska",
        "Józk Fredek Brunek Leonek Hiercio Gienek Trudka Bernadka Wandzia Lodzia",
        cc=("PL",)),
    "moldovan": _c(
        "Ion Vasile Gheorghe Mihai Andrei Nicolae Sergiu Igor Dumitru Valeriu Victor Alexandru Ștefan "
        "Dorin Marin Octavian Veaceslav Iurie Eugen Radu Petru Constantin Vitalie Anatol Pavel Tudor "
        "Cristian Mircea Ghenadie Vadim Oleg",
        "Elena Ana Ecaterina Natalia Tatiana Svetlana Ludmila Aurelia Doina Mariana Cristina Angela "
        "Valentina Liliana Nadejda Galina Irina Lilia Diana Corina Ina Victoria Rodica Zinaida "
        "Veronica Silvia Adriana Daniela Iuliana Parascovia Stela",
        "Rusu Ceban Ciobanu Țurcanu Turcanu Cojocaru Munteanu Lungu Rotaru Sandu Popa Moraru Bejenaru "
        "Croitoru Bivol Guțu Gutu Donica Rață Plămădeală Gârlea Cebotari Botnari Roșca Rosca Chiriac "
        "Ursu Melnic Grosu Balan Leancă Usatîi Cibotaru Păduraru",
        "Ionel Ionuț Mișa Sașa Ghiță Nelu Gicu Lenuța Mărioara Anișoara Aurica Vica Lilica Nadea "
        "Costel Petrică Doinița",
        cc=("MD", "MD", "DE", "NL")),
    "finnish": _c(
        "Juha Jukka Mikko Matti Pekka Kari Timo Heikki Antti Markku Janne Ville Tuomas Petri Jari Sami "
        "Teemu Lauri Eero Olli Kalle Eino Väinö Aatu Onni Veeti Joonas Topi Aki Veikko Ilkka Seppo",
        "Anneli Tuula Päivi Riitta Sari Marjatta Kaarina Hannele Pirjo Satu Minna Tiina Aino Eveliina "
        "Helmi Aada Venla Iida Siiri Kerttu Sanna Outi Johanna Heli Katja Jaana Pia Ulla Leena Maija "
        "Sirpa Elina",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen "
        "Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo "
        "Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Räikkönen "
        "Häkkinen Väisänen Pöllänen Kekkonen",
        "Jussi Jaska Hessu Make Pete Tomppa Jokke Sakke Masa Kaisa Maikki Miia Jenni Ansku Sanni Tiinu "
        "Riikka Late Tuke",
        cc=("FI", "FI", "FI", "SE")),
    "swedish": _c(
        "Anders Johan Erik Per Karl Nils Mikael Björn Gustav Oskar Axel Hampus Viktor Linus Fredrik "
        "Mattias Magnus Henrik Stefan Göran Bengt Sten Åke Ulf Leif Torbjörn Rasmus Elias Ludvig Viggo "
        "Sixten Håkan",
        "Eva Karin Kristina Lena Ingrid Birgitta Margareta Elisabeth Ebba Saga Wilma Alva Maja Elsa "
        "Astrid Linnéa Frida Agnes Sofia Ida Matilda Moa Tove Åsa Ylva Märta Solveig Sigrid Ulrika "
        "Annika Cecilia Britt",
        "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
        "Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Lindström Lindqvist Lindgren "
        "Berglund Axelsson Bergström Lundberg Lundgren Sandberg Sjöberg Wallin Engström Åberg "
        "Holmberg Ekström Nyström Söderberg Björklund Forsberg Strand",
        "Lasse Nisse Olle Kalle Pelle Janne Micke Fredde Jocke Bosse Hasse Kicki Lotta Mia Bettan "
        "Stina Tessan Jossan Mackan Sussi",
        cc=("SE", "SE", "SE", "FI", "NO")),
    "norwegian": _c(
        "Ole Kjell Arne Knut Svein Terje Geir Tor Rune Bjørn Trond Øyvind Håvard Eirik Sindre Jørgen "
        "Sverre Aksel Ivar Halvor Gunnar Espen Vegard Torstein Odd Einar Magne Asbjørn Ketil Steinar",
        "Kari Ingrid Solveig Marit Randi Liv Berit Gro Hege Tone Siri Kristin Ragnhild Sigrid Ingvild "
        "Silje Nora Thea Ingeborg Aud Eli Gunhild Åse Turid Borghild Torill Mari Vilde Hedda Signe "
        "Synnøve Tuva Oda",
        "Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen "
        "Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen Henriksen "
        "Lund Sørensen Moen Gundersen Iversen Solberg Bakken Haug Solheim Lie Kristoffersen Rønning "
        "Løken Nygård Aasen Bjørnstad Fjeld Vik Bråten",
        "Tobben Siggen Ola Pelle Lasse Stein Jenny Lise Mette Kris Benny Hansi",
        cc=("NO", "NO", "NO", "SE")),
    "danish": _c(
        "Mads Rasmus Jesper Søren Henrik Morten Anders Mikkel Jens Niels Poul Bent Flemming Kasper "
        "Frederik Christian Mathias Magnus Emil Aksel Valdemar Oluf Torben Carsten Claus Jørgen Preben "
        "Ib Bjarne Villads Malthe",
        "Mette Hanne Susanne Lone Birthe Inge Kirsten Pernille Camilla Signe Freja Ida Karoline Sofie "
        "Alberte Nanna Tove Lise Bodil Gitte Dorthe Jette Rikke Trine Marianne Helle Vibeke Ditte Ulla "
        "Maren Astrid Lærke",
        "Jensen Nielsen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen "
        "Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen "
        "Jakobsen Mikkelsen Frederiksen Laursen Holm Kjær Bach Lund Skov Dam Østergaard Bruun "
        "Vestergaard Nørgaard Klausen",
        "Søs Frede Bo Lis Nis Mie Pelle Lasse Bette Mikse",
        cc=("DK", "DK", "DK", "SE")),
    "icelandic": _c(
        "Jón Sigurður Guðmundur Gunnar Ólafur Einar Kristján Magnús Stefán Jóhann Björn Árni Helgi "
        "Þórður Halldór Ragnar Bjarni Ásgeir Hörður Snorri Egill Kári Þorsteinn Baldur Eiður Hrafn "
        "Sindri Aron Arnar Davíð Grímur Úlfar",
        "Guðrún Sigríður Kristín Margrét Helga Jóhanna Sigrún Ingibjörg Þórunn Ragnheiður Hildur "
        "Katrín Björk Ásta Elín Steinunn Hrafnhildur Bryndís Eva Auður Birna Brynja Svala Vigdís Halla "
        "Sólveig Þóra Rakel Eygló Dagný Lilja Harpa",
        "Thors Blöndal Hafstein Briem Thorarensen Thoroddsen Zoëga Kvaran Hjaltested Bergmann",
        "Siggi Gummi Óli Nonni Maggi Stebbi Jói Bjössi Dóri Gunna Sigga Stína Magga Jóka Dísa",
        "Jóns Sigurðar Guðmundar Gunnars Ólafs Einars Kristjáns Magnúsar Stefáns Jóhanns Björns Árna "
        "Helga Þórðar Halldórs Ragnars Bjarna Ásgeirs Harðar Snorra Egils Kára Þorsteins Baldurs "
        "Hrafns Davíðs Guðrúnar Helgu Sigríðar Katrínar",
        cc=("IS", "IS", "IS", "DK", "NO")),
    "greenlandic": _c(
        "Aqqaluk Malik Inuk Kuupik Aputsiaq Minik Nukappi Kaali Pavia Kunuk Salik Ujarak Ulloriaq "
        "Uusaqqak Angutimmarik Qaavik Qillaq Hans Jens Ole Niels Knud Frederik Kristian Tobias Silas "
        "Enok Ludvig Karl Jakob Paninguaq",
        "Aleqa Aviaja Ivalu Naja Nivi Pipaluk Paninnguaq Arnaq Ane Najaaraq Nuunu Juliane Bolatta "
        "Kiistina Ulla Karla Aaja Arnannguaq Pilunnguaq Ivaana Qupanuk Nukaaka Sara Marie Else "
        "Louise Agathe Dorthe Vivi Ujammiugaq Avijaja",
        "Kleist Lynge Motzfeldt Petersen Olsen Berthelsen Kristiansen Heilmann Kreutzmann Egede "
        "Lyberth Rosing Fleischer Zeeb Kielsen Enoksen Sandgreen Høegh Nathanielsen Frederiksen "
        "Abelsen Poulsen Jeremiassen Mathaeussen Knudsen Geisler Broberg Lennert Tobiassen Chemnitz "
        "Hammond Kleemann",
        "Aqqa Nuka Aka Kaali Ivi Pipa Nive Hansi",
        cc=("GL", "GL", "DK")),
    "german": _c(
        "Jürgen Matthias Dieter Wolfgang Torsten Uwe Klaus Günter Horst Manfred Detlef Rüdiger Helmut "
        "Volker Jörg Sven Dirk Holger Ralf Bernd Heinz Lukas Maximilian Leon Finn Jonas Lennart Moritz "
        "Till Jannik Friedrich Wilhelm Ludwig Konrad",
        "Sabine Ursula Birgit Heike Jutta Gisela Renate Ingrid Brigitte Petra Monika Karin Gabriele "
        "Angelika Silke Anke Doris Elke Annegret Hannelore Leonie Hannah Mia Emilia Marlene Frieda "
        "Greta Johanna Charlotte Svenja Jana Mareike",
        "Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein "
        "Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange Schmitt Werner Schmitz "
        "Krause Lehmann Köhler Herrmann König Kaiser Fuchs Scholz Möller Weiß Jung Hahn Vogel Keller "
        "Günther Berger Winkler Roth Lorenz Baumann Franke Albrecht Schuster Böhm Winter Kraus "
        "Schumacher Krämer Vogt Stein Jäger Sommer Groß Seidel Brandt Haas Schreiber Graf Dietrich "
        "Ziegler Kühn Pohl Engel Horn Busch Bergmann Voigt Sauer Pfeiffer Müller-Lüdenscheidt "
        "von_Stein von_der_Leyen von_Weizsäcker zu_Guttenberg von_Bülow von_Arnim von_Hohenberg "
        "zu_Sayn-Wittgenstein von_und_zu_Liechtenstein",
        "Uli Steffi Hansi Basti Flo Bine Gabi Moni Susi Andi Kathi Fritz Tobi Chrissi Jojo Nele Jupp "
        "Schorsch Kalle Uschi",
        cc=("DE",)),
    "austrian": _c(
        "Franz Josef Alois Leopold Florian Andreas Markus Christoph Herbert Gerhard Engelbert "
        "Ferdinand Valentin Raphael Elias Jakob Tobias Lorenz Kilian Ernst Erwin Gottfried Hubert "
        "Rupert Siegfried Anton Vinzenz Reinhold Norbert Bernhard Dominik Clemens",
        "Theresia Elisabeth Katharina Magdalena Christine Waltraud Gertraud Hermine Ilse Ingeborg "
        "Roswitha Edeltraud Herta Margarethe Veronika Barbara Martina Sandra Verena Lisa Sophie "
        "Valentina Laura Lea Marlies Rosa Stefanie Andrea Gudrun Notburga",
        "Gruber Huber Bauer Wagner Pichler Steiner Moser Mayer Hofer Leitner Berger Fuchs Eder "
        "Schmid Winkler Reiter Mayr Wimmer Egger Brunner Lang Baumgartner Auer Binder Lechner "
        "Wallner Aigner Ebner Koller Lehner Holzer Strasser Haider Lackner Resch Nowotny Swoboda "
        "Pospischil Hrdlicka Prohaska Dvořák Wöginger",
        "Sepp Franzl Poldi Resi Leni Burgi Lisi Gerti Mitzi Wastl Hias Toni Vroni Loisl Ferdl",
        cc=("AT",)),
    "swiss_german": _c(
        "Ueli Beat Urs Reto Jürg Hansruedi Hanspeter Roger Stephan Kurt Fritz Köbi Noah Luca Nico "
        "Levin Dario Samuel Adrian Patrick Marcel Roland Rolf Ruedi Werner Ernst Hansjörg Silvan "
        "Fabian Cyrill Pirmin Remo",
        "Vreni Verena Regula Heidi Käthi Trudi Rosmarie Margrit Beatrice Susanne Nicole Corinne "
        "Sandra Daniela Claudia Jasmin Nadja Mirjam Priska Rahel Simone Livia Lara Alina Nina Anja "
        "Fabienne Carmen Esther Doris Brigitte",
        "Meier Schmid Keller Huber Steiner Gerber Brunner Baumann Frei Zimmermann Moser Widmer Wyss "
        "Roth Kälin Bühler Suter Bachmann Zürcher Stucki Hürlimann Gisler Ammann Leuenberger "
        "Aebischer Tschudi Sutter Kuster Wüthrich Lüthi Bärtschi Zbinden Zaugg Schürch Aebi Hess "
        "Bosshard Marti Käser Rüegg",
        "Sämi Hansli Beni Chrigel Housi Dänu Röbi Stefu Mäge Susi Vreneli Lisbeth",
        cc=("CH",)),
    "romansh": _c(
        "Gian Men Curdin Flurin Duri Reto Jachen Linard Riet Giachen Gion Clau Not Andri Cla Chasper "
        "Peder Jon Rest Gieri Benedetg Tumasch Luregn Carli Baltermia Gion-Andrea Mathias Fadri "
        "Rätus Gianin Corsin",
        "Ladina Mengia Seraina Flurina Annatina Corina Madlaina Uorschla Cilgia Barla Mierta Nesa "
        "Rosina Gianna Aita Chatrina Mirta Ursina Pascalina Leta Tamara Silvana Giulia Dumenica Onna "
        "Benedetta Albertina Anna-Barla Curdina Men-Ida Ladina-Mengia",
        "Caduff Casanova Cavelti Derungs Cathomen Darms Tuor Cadonau Capaul Candinas Spescha "
        "Tomaschett Vincenz Bezzola Vital Clavadetscher Camenisch Coray Decurtins Collenberg "
        "Arpagaus Bundi Caminada Pajarola Maissen Cantieni Sialm Lombriser Defuns Berther Deplazes "
        "Cajöri Janett",
        "Gianin Mengia Duri Clo Nesa Lina",
        cc=("CH",)),
    "dutch": _c(
        "Pieter Willem Hendrik Cornelis Johannes Gerrit Maarten Sjoerd Bram Daan Sem Thijs Ruben "
        "Joost Bas Koen Niels Wouter Stijn Jeroen Arjen Gijs Teun Luuk Mees Floris Sander Rutger "
        "Hidde Tjeerd Wessel Jelle",
        "Anouk Femke Sanne Lotte Marieke Annemieke Esther Ilse Yvonne Petra Marloes Saskia Fleur Noor "
        "Tess Isa Roos Fenna Lieke Jildou Ymke Wilhelmina Geertruida Hendrika Maaike Nienke Sietske "
        "Anneke Mirjam Renske Willemijn Baukje",
        "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer "
        "Mulder de_Groot Bos Vos Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf "
        "van_der_Meer van_der_Linden Kok de_Haan Vermeulen van_den_Heuvel van_der_Veen van_den_Broek "
        "de_Bruijn van_der_Heijden Schouten van_Beek van_Vliet van_de_Ven Hoekstra Verhoeven Koster "
        "van_Dam van_der_Wal Prins Blom Huisman ter_Horst op_den_Akker in_'t_Veld van_'t_Hof",
        "Joop Kees Henk Truus Sjaak Piet Wim Jaap Klaas Mien Ria Toos Loes Joke Hanneke Marijke Bep "
        "Greet Ties Jopie",
        cc=("NL",)),
    "flemish": _c(
        "Jef Wouter Pieter Koen Bart Dirk Stijn Kris Geert Wim Luc Filip Lieven Jelle Lander Arne Wout "
        "Seppe Warre Mathis Brecht Senne Jasper Bram Hannes Tuur Jules Staf Rik Frans Gust Marnix",
        "Els Katrien Lieve Griet Hilde Ilse Veerle Sofie Inge Kaat Lotte Nele Hanne Fien Lore Jolien "
        "Lien Ine Tine Sien Marthe Elke Leen Mieke Godelieve Liesbeth Annelies Kathleen Nathalie Febe",
        "Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters De_Smet Vermeulen "
        "Hermans Aerts Michiels Van_Damme De_Clercq Pauwels Van_de_Velde Lambrechts Verstraete Desmet "
        "Cools Claeys Wuyts Vandenbroucke Verhaegen Van_Acker De_Backer De_Wever Van_Rompuy "
        "Timmermans Segers De_Cock Van_Hoof Vanderstraeten Verbeke Declercq",
        "Jef Staf Rik Gust Miet Lieske Fons Tuur Mie Stien Nand Wardje",
        cc=("BE",)),
    "luxembourgish": _c(
        "Jang Jos Pit Mett Gilles Marc Luc Ben Yves Claude Romain Jean-Claude Fernand Nicolas Raymond "
        "Gaston Camille Paul Guy Fränk Jeff Laurent Patrick Serge Georges Jérôme Carlo Aly Léon Théo",
        "Marie-Paule Nathalie Josée Martine Carole Michèle Sandra Tessy Lis Mady Nicole Monique "
        "Viviane Françoise Sonja Liette Danielle Christiane Claudine Jacqueline Malou Joëlle Mireille "
        "Yolande Simone Lydie Fabienne Romy Sylvie Marie-Jeanne",
        "Schmit Weber Wagner Hoffmann Thill Schmitz Kieffer Reuter Welter Kayser Klein Ries Goergen "
        "Steichen Wagener Majerus Theis Kremer Feltgen Hilger Frieden Juncker Bettel Asselborn "
        "Krecké Spautz Biver Hemmer Kohnen Flammang Thillen Engel Schroeder Fischbach",
        "Jemp Josy Gusty Fränz Mimi Nico Jhang Nicky",
        cc=("LU",)),
    "yiddish": _c(
        "Moishe Yankel Shloime Mendel Hershel Berel Leib Itzik Yossel Avrom Chaim Dovid Shmuel "
        "Yisroel Zalman Pinchas Feivel Velvel Motl Nachman Shimon Yehuda Meir Baruch Gershon Leizer "
        "Nochem Tevye Zelig Fishel Anshel",
        "Chaya Rivka Sura Feiga Golda Basya Malka Leah Esther Devorah Perel Rochel Tzirel Miriam "
        "Shifra Blima Gitel Breindel Freidel Henya Chana Raizel Sheindel Toba Yenta Zlata Frumet "
        "Mindel Pessia Hinda",
        "Goldberg Rosenbaum Katz Cohen Levin Horowitz Rabinowitz Schwartz Feldman Finkelstein "
        "Birnbaum Lipschitz Kaplan Segal Shapiro Weinstein Grinberg Zilberman Abramovich Perlmutter "
        "Mandelbaum Eisenberg Teitelbaum Friedman Gutman Landau Halpern Epstein Margolis Rappaport "
        "Kagan Tannenbaum",
        "Yankele Moishele Shloimele Berele Dovidl Srulik Motke Leibele Yossele Chaiky Rivkele "
        "Feigele Goldie Malky Perele Raizy Suri Chani",
        cc=("BE", "NL", "CH", "DE", "UA", "AT")),
}

CYRILLIC = {
    "russian": dict(m="Дмитрий Сергей Алексей Никита Михаил Артём Кирилл".split(),
                    f="Екатерина Наталья Юлия Ксения Дарья Светлана Ольга".split(),
                    s="Смирнов/Смирнова Кузнецов/Кузнецова Соколов/Соколова Лебедев/Лебедева "
                      "Морозов/Морозова Щербаков/Щербакова Журавлёв/Журавлёва".split()),
    "ukrainian": dict(m="Олександр Тарас Богдан Микола Ярослав Остап Дмитро".split(),
                      f="Оксана Ірина Соломія Христина Галина Леся Катерина".split(),
                      s="Шевченко Коваленко Бондаренко Мельник Ткачук Гнатюк Іваненко".split()),
    "belarusian": dict(m="Аляксандр Уладзімір Сяргей Зміцер Кастусь Янка Алесь".split(),
                       f="Вольга Алена Святлана Кацярына Наталля Ганна Ірына".split(),
                       s="Лукашэвіч Карповіч Кавалёў/Кавалёва Марозаў/Марозава Шаўчук Бабарыка Жук".split()),
}

COUNTRY_OF = {}



# ---------------------------------------------------------------- builders
class Ctx:
    def __init__(self, rng, listed):
        self.rng = rng
        self.listed = listed
        self.pools = {}
        for cult, d in CULTURES.items():
            pool = {}
            for key in ("m", "f", "d"):
                pool[key] = [x for x in d.get(key, []) if name_ok(x, listed)]
            sm, sf = [], []
            for x in d.get("s", []):
                if "/" in x:
                    a, b = x.split("/", 1)
                else:
                    a = b = x
                if name_ok(a, listed) and name_ok(b, listed):
                    sm.append(a)
                    sf.append(b)
            pool["s"] = list(zip(sm, sf))
            pool["p"] = [x for x in d.get("p", []) if all(
                name_ok(y, listed) for y in x.split("/"))]
            self.pools[cult] = pool
        self.cultures = sorted(c for c in self.pools
                               if self.pools[c]["s"] and
                               (self.pools[c]["m"] or self.pools[c]["f"]))
        if not self.cultures:
            self._synthetic()

    def _synthetic(self):
        syl = "ka lo mi ra tu ne vi so de ba ri zo".split()
        m, f, s = [], [], []
        r = random.Random(SEED + 1)
        while len(m) < 30 or len(f) < 30 or len(s) < 30:
            w = "".join(r.choice(syl) for _ in range(r.randint(2, 3))).capitalize()
            if not name_ok(w, self.listed):
                continue
            (m if len(m) < 30 else f if len(f) < 30 else s).append(w)
        self.pools["synthetic"] = dict(m=m, f=f, d=[], p=[], s=list(zip(s, s)))
        self.cultures = ["synthetic"]
        COUNTRY_OF.setdefault("synthetic", "DE")

    def person(self, culture=None):
        r = self.rng
        if culture is None or culture not in self.cultures:
            culture = r.choice(self.cultures)
        pool = self.pools[culture]
        sex = r.choice("mf")
        if not pool[sex]:
            sex = "f" if sex == "m" else "m"
        given = r.choice(pool[sex])
        sm, sf = r.choice(pool["s"])
        fam = sm if sex == "m" else sf
        patr = None
        if pool["p"]:
            pp = r.choice(pool["p"])
            if culture == "icelandic":
                patr = pp + ("son" if sex == "m" else "dóttir")
                if not name_ok(patr, self.listed):
                    patr = None
                elif r.random() < 0.85:
                    fam = patr
            else:
                a, _, b = pp.partition("/")
                patr = a if sex == "m" else (b or a)
        orig = (given, fam, patr)
        if culture in TRANSLIT_CULTURES and r.random() < 0.3:
            given, fam = translit(given, r), translit(fam, r)
            if patr:
                patr = translit(patr, r)
            if not (name_ok(given, self.listed) and name_ok(fam, self.listed)
                    and (patr is None or name_ok(patr, self.listed))):
                given, fam, patr = orig
        cyr = None
        if culture in CYRILLIC and r.random() < 0.5:
            cp = CYRILLIC[culture]
            cg = r.choice(cp[sex])
            cs = r.choice(cp["s"]).split("/")
            cf = cs[0] if sex == "m" or len(cs) == 1 else cs[1]
            if name_ok(cg, self.listed) and name_ok(cf, self.listed):
                cyr = (cg, cf)
        cc = r.choice(CULTURES.get(culture, {}).get("cc", ("DE",)))
        return dict(culture=culture, sex=sex, given=given, family=fam,
                    patr=patr, cyr=cyr, cc=cc,
                    dim=r.choice(pool["d"]) if pool["d"] else given)


TRANSLIT_CULTURES = {"swedish", "norwegian", "danish", "icelandic", "finnish",
                     "german", "austrian", "swiss_german", "greenlandic",
                     "polish", "kashubian", "moldovan", "luxembourgish"}
_TL = [{"ø": "o", "Ø": "O", "å": "a", "Å": "A", "æ": "ae", "Æ": "Ae", "ä": "a",
        "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U", "ð": "d", "Ð": "D",
        "þ": "th", "Þ": "Th", "ß": "ss"},
       {"ø": "oe", "Ø": "Oe", "å": "aa", "Å": "Aa", "æ": "ae", "Æ": "Ae",
        "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
        "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ß": "ss"}]


def translit(s, r):
    s = s.translate(str.maketrans(r.choice(_TL)))
    s = "".join(c for c in unicodedata.normalize("NFKD", s)
                if not unicodedata.combining(c))
    return s.translate(_EXTRA) if "ł" in s.lower() else s


def S(text, label="o"):
    return [(text, label)]


TITLES_M = ["Mr", "Mr.", "Herr", "Hr.", "pan", "Pan", "dhr.", "meneer", "Dr.",
            "Prof.", "Dr", "monsieur", "gospodin", "herra", "ing."]
TITLES_F = ["Mrs", "Ms", "Ms.", "Frau", "Fr.", "pani", "Pani", "mevrouw", "mw.",
            "Dr.", "Dr", "rouva", "fru", "gospozha", "Mag."]
TITLES_AFTER = ["(Dr.)", "PhD", "MSc", "Dipl.-Ing.", "(dhr)", "(mw)", "(pani)", "(pan)"]


def render_name(ctx, p, style=None):
    r = ctx.rng
    styles = ["gf", "gf", "gf", "g", "g", "f_title", "f_title", "crm", "crm_lower",
              "fg", "dim", "init", "quote", "title_after", "gpf", "gp",
              "cyr", "upper", "f"]
    style = style or r.choice(styles)
    g, f = p["given"], p["family"]
    titles = TITLES_M if p["sex"] == "m" else TITLES_F
    if style == "gpf" and p["patr"] and p["culture"] != "icelandic":
        return S(f"{g} {p['patr']} {f}", "name")
    if style == "gp" and p["patr"]:
        if p["culture"] == "icelandic":
            return S(f"{g} {p['patr']}", "name")
        return S(f"{g} {p['patr']}", "name")
    if style == "cyr" and p["cyr"]:
        cg, cf = p["cyr"]
        return S(r.choice([f"{cf} {cg}", f"{cg} {cf}", cf]), "name")
    if style in ("gpf", "gp", "cyr"):
        style = "gf"
    if style == "g":
        return S(g, "name")
    if style == "f":
        return S(f, "name")
    if style == "f_title":
        t = r.choice(titles)
        return S(t + " ", "o") + S(r.choice([f, f, g + " " + f]), "name")
    if style == "title_after":
        return S(g + " " + f, "name") + S(" " + r.choice(TITLES_AFTER))
    if style == "crm":
        return S(f.upper(), "name") + S(", ") + S(g, "name")
    if style == "crm_lower":
        return S(f.lower(), "name") + S(r.choice([", ", ","])) + S(g.lower(), "name")
    if style == "fg":
        return S(f + " " + g, "name")
    if style == "upper":
        return S((g + " " + f).upper(), "name")
    if style == "dim":
        return S(p["dim"], "name")
    if style == "init":
        return S(g[0] + ". " + f, "name")
    if style == "poss":
        return S(r.choice([g, g + " " + f, p["dim"]]), "name") + S(r.choice(["'s", "’s"]))
    if style == "quote":
        q = r.choice(['"', "'"])
        return S(q) + S(r.choice([g, p["dim"], g + " " + f]), "name") + S(q)
    return S(g + " " + f, "name")


# ---------------------------------------------------------------- other PII
def _d(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


PHONE_FMT = {
    "PL": ["+48 {5}{2} {3} {3}", "{5}{2}-{3}-{3}", "+48{5}{8}", "0048 {5}{2} {3} {3}", "22 {3} {2} {2}"],
    "RU": ["+7 (9{2}) {3}-{2}-{2}", "8 9{2} {3} {2} {2}", "+7 9{2} {3}-{4}", "89{9}"],
    "UA": ["+380 {6}{1} {3} {4}", "0{6}{1} {3} {2} {2}", "+38 (0{6}{1}) {3}-{2}-{2}"],
    "BY": ["+375 29 {3}-{2}-{2}", "+375 (33) {3} {2} {2}", "8 044 {3}-{2}-{2}"],
    "MD": ["+373 6{1} {3} {3}", "06{1} {3} {3}", "+373 22 {2} {2} {2}"],
    "FI": ["+358 40 {3} {4}", "040 {3} {4}", "050-{7}", "+358 9 {3} {4}"],
    "SE": ["+46 70 {3} {2} {2}", "070-{3} {2} {2}", "08-{3} {2} {2}", "+46 (0)73 {3} {4}"],
    "NO": ["+47 {4}{2} {2} {3}", "{4}{2} {2} {3}", "+47 9{7}", "22 {2} {2} {2}"],
    "DK": ["+45 {2} {2} {2} {2}", "{2} {2} {2} {2}", "+45 {8}"],
    "IS": ["+354 {6}{2} {4}", "{6}{2}-{4}", "+354 {7}"],
    "GL": ["+299 {2} {2} {2}", "{2} {2} {2}", "+299 5{2}{3}"],
    "DE": ["+49 15{1} {8}", "0151 {7}", "030 {8}", "0171/{7}", "+49 (0)89 {3} {4}", "0049 176 {8}"],
    "AT": ["+43 664 {7}", "0664/{3} {2} {2}", "+43 1 {3} {4}", "0676 {3} {4}"],
    "CH": ["+41 79 {3} {2} {2}", "079 {3} {2} {2}", "044 {3} {2} {2}", "0041 76 {3} {2} {2}"],
    "NL": ["+31 6 {8}", "06-{8}", "06 {2} {2} {2} {2}", "020-{3} {4}", "+31 (0)6 {4} {4}"],
    "BE": ["+32 4{2} {2} {2} {2}", "04{2}/{2}.{2}.{2}", "0032 4{2} {6}", "02 {3} {2} {2}"],
    "LU": ["+352 621 {3} {3}", "691 {3} {3}", "+352 {2} {2} {2}"],
}
_FMT = re.compile(r"\{(\d+)\}")


def _fmt(r, f):
    return _FMT.sub(lambda m: _d(r, int(m.group(1))) if m.group(1) not in "56" or
                    len(m.group(1)) > 1 else
                    (str(r.choice("5678")) if m.group(1) == "5" else str(r.choice("3569"))), f)


def gen_phone(ctx, cc):
    return _fmt(ctx.rng, ctx.rng.choice(PHONE_FMT.get(cc, PHONE_FMT["DE"])))


MAIL = {"PL": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com", "op.pl"],
        "RU": ["mail.ru", "yandex.ru", "bk.ru", "list.ru", "rambler.ru", "inbox.ru"],
        "UA": ["ukr.net", "i.ua", "meta.ua", "gmail.com"],
        "BY": ["tut.by", "mail.ru", "yandex.by", "gmail.com"],
        "MD": ["mail.md", "gmail.com", "mail.ru"],
        "FI": ["luukku.com", "gmail.com", "outlook.com", "kolumbus.fi"],
        "SE": ["telia.com", "hotmail.se", "live.se", "bredband.net", "gmail.com"],
        "NO": ["online.no", "hotmail.no", "gmail.com", "live.no"],
        "DK": ["jubii.dk", "mail.dk", "hotmail.dk", "gmail.com"],
        "IS": ["simnet.is", "internet.is", "gmail.com"],
        "GL": ["greennet.gl", "gmail.com"],
        "DE": ["gmx.de", "web.de", "t-online.de", "freenet.de", "posteo.de"],
        "AT": ["gmx.at", "aon.at", "chello.at", "a1.net"],
        "CH": ["bluewin.ch", "gmx.ch", "hispeed.ch", "sunrise.ch"],
        "NL": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "planet.nl", "xs4all.nl"],
        "BE": ["telenet.be", "skynet.be", "proximus.be", "hotmail.be"],
        "LU": ["pt.lu", "internet.lu", "gmail.com"]}


def _ascii(s):
    s = s.translate(_EXTRA)
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c) and (c.isalnum() or c in ".-_")).lower()


def gen_email(ctx, p, cc):
    r = ctx.rng
    g = _ascii(p["given"]) or "x"
    f = _ascii(p["family"].replace(" ", "")) or "x"
    loc = r.choice([g + "." + f, g + f, g[0] + f, f + "." + g, g + "_" + f,
                    g + str(r.randint(70, 99)), f + g[0] + str(r.randint(1, 99)),
                    g + "." + f + str(r.randint(1, 9))])
    return loc + "@" + r.choice(MAIL.get(cc, ["gmail.com"]))


def _luhn_complete(r, prefix, length):
    digits = [int(c) for c in prefix] + [r.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    s = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        s += dgt
    return "".join(map(str, digits)) + str((10 - s % 10) % 10)


def gen_card(ctx):
    r = ctx.rng
    pre = r.choice(["4", "51", "53", "55", "2221", "4571", "5168", "4149"])
    num = _luhn_complete(r, pre, 16)
    g = [num[i:i + 4] for i in range(0, 16, 4)]
    return r.choice([" ".join(g), "-".join(g), num,
                     "**** **** **** " + g[3], "XXXX XXXX XXXX " + g[3],
                     g[0] + " **** **** " + g[3], num[:6] + "******" + num[-4:],
                     "****" + g[3], "xxxx-xxxx-xxxx-" + g[3]])


def _pesel(r):
    y, m, dd = r.randint(1950, 2005), r.randint(1, 12), r.randint(1, 28)
    mm = m + (20 if y >= 2000 else 0)
    base = f"{y % 100:02d}{mm:02d}{dd:02d}{_d(r, 4)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(base, w)) % 10) % 10
    return base + str(c)


def _hetu(r):
    dd, mm, yy = r.randint(1, 28), r.randint(1, 12), r.randint(0, 99)
    n = r.randint(2, 899)
    sep = "-" if yy > 25 else r.choice("A-")
    num = int(f"{dd:02d}{mm:02d}{yy:02d}{n:03d}")
    return f"{dd:02d}{mm:02d}{yy:02d}{sep}{n:03d}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[num % 31]


def _bsn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10 and d[0] != 0:
            return "".join(map(str, d)) + str(last)


def _date6(r, order="dmy"):
    dd, mm, yy = r.randint(1, 28), r.randint(1, 12), r.randint(40, 99)
    return {"dmy": f"{dd:02d}{mm:02d}{yy:02d}", "ymd": f"{yy:02d}{mm:02d}{dd:02d}"}[order]


def gen_natid(ctx, cc):
    r = ctx.rng
    if cc == "PL":
        return r.choice([("PESEL", _pesel(r)), ("nr dowodu", "".join(r.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(3)) + _d(r, 6)),
                         ("NIP", f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 2)}-{_d(r, 2)}")])
    if cc == "RU":
        return r.choice([("passport", f"{_d(r, 2)} {_d(r, 2)} {_d(r, 6)}"), ("SNILS", f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)} {_d(r, 2)}"),
                         ("INN", _d(r, 12))])
    if cc == "UA":
        return r.choice([("RNOKPP", _d(r, 10)), ("ID-card", _d(r, 9)), ("passport", "".join(r.choice("ABEKMHOPCTX") for _ in range(2)) + _d(r, 6))])
    if cc == "BY":
        return r.choice([("ID", f"{_d(r, 7)}{r.choice('ABCHKEM')}{_d(r, 3)}PB{_d(r, 1)}"), ("passport", "MP" + _d(r, 7))])
    if cc == "MD":
        return ("IDNP", "2" + _d(r, 12))
    if cc == "FI":
        return ("HETU", _hetu(r))
    if cc == "SE":
        return r.choice([("personnummer", _date6(r, "ymd") + "-" + _d(r, 4)), ("pnr", "19" + _date6(r, "ymd") + _d(r, 4))])
    if cc == "NO":
        return ("fødselsnr", _date6(r) + r.choice(["", " "]) + _d(r, 5))
    if cc in ("DK", "GL"):
        return ("CPR", _date6(r) + "-" + _d(r, 4))
    if cc == "IS":
        return ("kt.", _date6(r) + "-" + _d(r, 4))
    if cc == "DE":
        return r.choice([("Steuer-ID", f"{r.randint(1, 9)}{_d(r, 1)} {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}"),
                         ("Perso-Nr", "".join(r.choice("CFGHJKLMNPRTVWXYZ") for _ in range(1)) + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))),
                         ("SV-Nr", f"{_d(r, 2)} {_date6(r)} {r.choice('ABKMSW')} {_d(r, 3)}")])
    if cc == "AT":
        return ("SVNR", f"{_d(r, 4)} {_date6(r)}")
    if cc == "CH":
        return ("AHV", f"756.{_d(r, 4)}.{_d(r, 4)}.{_d(r, 2)}")
    if cc == "NL":
        return ("BSN", _bsn(r))
    if cc == "BE":
        yy, mm, dd = r.randint(40, 99), r.randint(1, 12), r.randint(1, 28)
        return ("rijksregisternr", f"{yy:02d}.{mm:02d}.{dd:02d}-{_d(r, 3)}.{_d(r, 2)}")
    if cc == "LU":
        return ("matricule", f"19{r.randint(40, 99)} {r.randint(1, 12):02d}{r.randint(1, 28):02d} {_d(r, 3)}{_d(r, 2)}")
    return ("ID", _d(r, 9))


def gen_ref(ctx):
    """(cue, value) for account/order/ticket style ids."""
    r = ctx.rng
    up = lambda n: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))
    opts = [("order", f"#{_d(r, 8)}"), ("order", f"{r.randint(10, 99)}-{_d(r, 6)}-{_d(r, 4)}"),
            ("ticket", f"INC{_d(r, 7)}"), ("ticket", f"ZD-{_d(r, 6)}"), ("case", f"CS{_d(r, 8)}"),
            ("acct", f"{_d(r, 3)}-{_d(r, 6)}"), ("konto", _d(r, 10)), ("Kundennr.", f"K{_d(r, 8)}"),
            ("klantnr", _d(r, 9)), ("kundnr", _d(r, 7)), ("booking ref", up(6)), ("PNR", up(6)),
            ("policy", f"POL-{r.randint(2019, 2025)}-{_d(r, 6)}"), ("polisa", f"PL{_d(r, 10)}"),
            ("Vertragsnr.", f"{_d(r, 4)} {_d(r, 4)} {_d(r, 2)}"), ("meter", f"{_d(r, 2)}{up(2)}{_d(r, 8)}"),
            ("Zählernr.", f"1ESY{_d(r, 10)}"), ("tracking", f"JJD{_d(r, 15)}"), ("InPost", _d(r, 24)),
            ("PostNord", f"00{_d(r, 18)}"), ("TTN", f"20{_d(r, 12)}"), ("DHL", f"{_d(r, 12)}"),
            ("licence", f"{up(2)}{_d(r, 6)}"), ("passport no", f"{up(2)}{_d(r, 7)}"),
            ("contract", f"NR/{_d(r, 5)}/{r.randint(2020, 2025)}"), ("sim", f"8948{_d(r, 15)}"),
            ("IMEI", _d(r, 15)), ("member no", f"{up(1)}{_d(r, 9)}"), ("user", None)]
    cue, val = r.choice(opts)
    return cue, val


def gen_username(ctx, p):
    r = ctx.rng
    g = _ascii(p["given"]) or "u"
    f = _ascii(p["family"].replace(" ", "")) or "u"
    return r.choice([g + "_" + f[:3] + str(r.randint(1, 99)), f + str(r.randint(70, 2005)),
                     g[0] + f, g + "." + f[:1] + str(r.randint(10, 99)), "the_" + g + str(r.randint(1, 9))])


def _iban(r, cc, bban):
    num = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"


IBAN_SPEC = {"PL": "n24", "DE": "n18", "AT": "n16", "CH": "n17", "NL": "a4n10", "BE": "n12",
             "SE": "n20", "NO": "n11", "DK": "n14", "FI": "n14", "IS": "n22", "UA": "n25",
             "LU": "n16", "MD": "a2n18", "BY": "a4n4c16", "GL": "n14", "RU": "n29"}


def gen_iban(ctx, cc):
    r = ctx.rng
    spec = IBAN_SPEC.get(cc, "n18")
    bban = ""
    for kind, n in re.findall(r"([anc])(\d+)", spec):
        pool = {"a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "n": "0123456789",
                "c": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}[kind]
        bban += "".join(r.choice(pool) for _ in range(int(n)))
    if cc == "NL":
        bban = r.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO"]) + bban[4:]
    ib = _iban(r, cc, bban)
    if r.random() < 0.6:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


MONTHS = {"en": "January February March April May June July August September October November December",
          "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
          "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
          "nl": "januari februari maart april mei juni juli augustus september oktober november december",
          "sv": "januari februari mars april maj juni juli augusti september oktober november december"}


def gen_dob(ctx):
    r = ctx.rng
    y, m, d = r.randint(1941, 2006), r.randint(1, 12), r.randint(1, 28)
    lang = r.choice(list(MONTHS))
    mon = MONTHS[lang].split()[m - 1]
    return r.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}",
                     f"{d:02d}-{m:02d}-{y}", f"{d:02d}.{m:02d}.{y % 100:02d}", f"{d}. {mon} {y}" if lang in ("de", "sv") else f"{d} {mon} {y}",
                     f"{d:02d}{m:02d}{y % 100:02d}"])


def gen_ip(ctx):
    r = ctx.rng
    if r.random() < 0.15:
        return "2a02:" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(4)) + "::" + f"{r.randint(1, 65535):x}"
    first = r.choice([31, 37, 46, 77, 78, 79, 80, 81, 84, 85, 89, 91, 93, 95, 109, 176, 178, 185, 188, 193, 212, 213, 217])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def gen_url(ctx, p):
    r = ctx.rng
    g = _ascii(p["given"]) or "u"
    f = _ascii(p["family"].replace(" ", "")) or "u"
    return r.choice([f"https://vk.com/id{_d(r, 9)}", f"vk.com/{g}.{f}", f"https://ok.ru/profile/{_d(r, 12)}",
                     f"https://www.facebook.com/profile.php?id=1000{_d(r, 11)}", f"facebook.com/{g}.{f}.{_d(r, 2)}",
                     f"https://www.linkedin.com/in/{g}-{f}-{_d(r, 3)}{r.choice('abcdef')}{_d(r, 2)}",
                     f"https://www.xing.com/profile/{g.capitalize()}_{f.capitalize()}",
                     f"instagram.com/{g}_{f[:4]}", f"t.me/{g}{f[:3]}", f"https://www.instagram.com/{f}.{g}/",
                     f"https://allegro.pl/uzytkownik/{g}_{f[:3]}{_d(r, 2)}", f"https://www.marktplaats.nl/u/{g}/{_d(r, 8)}/",
                     f"https://www.finn.no/profile/{_d(r, 9)}", f"https://www.tori.fi/user/{_d(r, 7)}",
                     f"https://crm.helpdesk.example/customer/{_d(r, 7)}", f"https://www.olx.ua/uk/list/user/{r.choice('abcdefgh')}{_d(r, 3)}{up_(r)}/",
                     f"https://www.{g}{f}.de", f"https://{f}-{g}.nl"])


def up_(r):
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3))


STREETS = {
    "PL": (["ul. Marszałkowska", "ul. Długa", "ul. Floriańska", "al. Jerozolimskie", "ul. Piotrkowska", "os. Tysiąclecia",
            "ul. Grunwaldzka", "pl. Bankowy", "ul. Kościuszki", "ul. Mickiewicza", "ul. Zielona", "al. Solidarności"],
           [("Warszawa", "0"), ("Kraków", "3"), ("Gdańsk", "8"), ("Łódź", "9"), ("Wrocław", "5"), ("Poznań", "6"), ("Kartuzy", "8")]),
    "RU": (["ul. Tverskaya", "ul. Lenina", "pr. Mira", "Nevsky pr.", "ul. Gagarina", "ul. Sadovaya", "per. Krivokolenny", "ul. Pushkina"],
           [("Moskva", "1"), ("Sankt-Peterburg", "19"), ("Kazan", "42"), ("Novosibirsk", "63"), ("Kaliningrad", "23")]),
    "UA": (["vul. Khreshchatyk", "vul. Shevchenka", "prosp. Peremohy", "vul. Franka", "vul. Sichovykh Striltsiv", "bulv. Lesi Ukrainky", "vul. Hrushevskoho"],
           [("Kyiv", "0"), ("Lviv", "79"), ("Kharkiv", "61"), ("Odesa", "65"), ("Dnipro", "49")]),
    "BY": (["vul. Niezalezhnastsi", "prasp. Pieramozhcau", "vul. Surhanava", "vul. Kalvaryjskaja", "ul. Lenina"],
           [("Minsk", "220"), ("Hrodna", "230"), ("Brest", "224"), ("Viciebsk", "210")]),
    "MD": (["str. Ștefan cel Mare", "bd. Dacia", "str. Mihai Eminescu", "str. Pușkin", "bd. Moscova"],
           [("Chișinău", "20"), ("Bălți", "31"), ("Cahul", "39")]),
    "FI": (["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Kauppakatu", "Puistokatu", "Koivukuja", "Rantatie"],
           [("Helsinki", "00"), ("Espoo", "02"), ("Tampere", "33"), ("Turku", "20"), ("Oulu", "90")]),
    "SE": (["Storgatan", "Drottninggatan", "Kungsgatan", "Sveavägen", "Götgatan", "Hornsgatan", "Björkvägen", "Södra vägen"],
           [("Stockholm", "1"), ("Göteborg", "4"), ("Malmö", "2"), ("Uppsala", "75"), ("Umeå", "90")]),
    "NO": (["Karl Johans gate", "Storgata", "Thorvald Meyers gate", "Bygdøy allé", "Kirkeveien", "Strandgaten", "Markveien"],
           [("Oslo", "0"), ("Bergen", "50"), ("Trondheim", "70"), ("Stavanger", "40"), ("Tromsø", "90")]),
    "DK": (["Nørrebrogade", "Vesterbrogade", "Strøget", "Amagerbrogade", "Østerbrogade", "Jægersborggade", "Søndergade"],
           [("København N", "22"), ("København V", "16"), ("Aarhus C", "80"), ("Odense C", "50"), ("Aalborg", "90")]),
    "IS": (["Laugavegur", "Skólavörðustígur", "Hverfisgata", "Bankastræti", "Hringbraut", "Langahlíð", "Suðurgata"],
           [("Reykjavík", "10"), ("Kópavogur", "20"), ("Hafnarfjörður", "22"), ("Akureyri", "60")]),
    "GL": (["Aqqusinersuaq", "Imaneq", "Qullilerfik", "Tuapannguit", "Issortarfimmut", "Hans Egedesvej"],
           [("Nuuk", "39"), ("Sisimiut", "39"), ("Ilulissat", "39")]),
    "DE": (["Hauptstr.", "Friedrichstraße", "Schönhauser Allee", "Kastanienallee", "Bahnhofstr.", "Am Markt", "Goethestraße",
            "Berliner Str.", "Lindenweg", "Kurfürstendamm", "Sonnenallee"],
           [("Berlin", "10"), ("Hamburg", "20"), ("München", "80"), ("Köln", "50"), ("Leipzig", "04"), ("Frankfurt am Main", "60")]),
    "AT": (["Mariahilfer Str.", "Landstraßer Hauptstraße", "Favoritenstraße", "Getreidegasse", "Herrengasse", "Wiedner Gürtel"],
           [("Wien", "1"), ("Graz", "80"), ("Salzburg", "50"), ("Linz", "40"), ("Innsbruck", "60")]),
    "CH": (["Bahnhofstrasse", "Langstrasse", "Badenerstrasse", "Seefeldstrasse", "Via da la Staziun", "Dorfstrasse", "Rue du Rhône"],
           [("Zürich", "80"), ("Bern", "30"), ("Basel", "40"), ("Chur", "70"), ("Scuol", "75"), ("Winterthur", "84")]),
    "NL": (["Prinsengracht", "Kerkstraat", "Damrak", "Oudegracht", "Coolsingel", "Hoofdweg", "Dorpsstraat", "Lange Voorhout"],
           [("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"), ("Eindhoven", "56"), ("Groningen", "97")]),
    "BE": (["Meir", "Kerkstraat", "Rue de la Loi", "Veldstraat", "Bondgenotenlaan", "Stationsstraat", "Nationalestraat"],
           [("Antwerpen", "2"), ("Gent", "9"), ("Brussel", "1"), ("Leuven", "3"), ("Brugge", "8")]),
    "LU": (["rue de la Gare", "Grand-Rue", "avenue de la Liberté", "route d'Arlon", "rue du Fossé", "Uewerstad"],
           [("Luxembourg", "1"), ("Esch-sur-Alzette", "4"), ("Differdange", "4"), ("Ettelbruck", "9")]),
}


def _postcode(r, cc, pre):
    fill = lambda n: pre + _d(r, max(0, n - len(pre)))
    if cc == "PL":
        s = fill(5)
        return f"{s[:2]}-{s[2:]}"
    if cc in ("RU", "BY"):
        return fill(6)
    if cc in ("UA", "DE", "FI"):
        return fill(5)
    if cc == "MD":
        return "MD-" + fill(4)
    if cc == "SE":
        s = fill(5)
        return r.choice([f"{s[:3]} {s[3:]}", s])
    if cc in ("NO", "DK", "AT", "BE", "CH"):
        return fill(4)
    if cc == "IS":
        return fill(3)
    if cc == "GL":
        return fill(4)
    if cc == "NL":
        s = fill(4)
        return s + r.choice([" ", ""]) + "".join(r.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
    if cc == "LU":
        return "L-" + fill(4)
    return fill(5)


def gen_address(ctx, cc):
    """returns (street address, postcode, town)"""
    r = ctx.rng
    streets, towns = STREETS.get(cc, STREETS["DE"])
    st = r.choice(streets)
    town, pre = r.choice(towns)
    n = r.randint(1, 180)
    suffix = r.choice(["", "", "", r.choice("abcAB")])
    if cc in ("PL", "KS"):
        addr = r.choice([f"{st} {n}{suffix}/{r.randint(1, 90)}", f"{st} {n} m. {r.randint(1, 90)}", f"{st} {n}{suffix}",
                         f"{st} {n} lok. {r.randint(1, 20)}"])
    elif cc == "RU":
        addr = r.choice([f"{st}, d. {n}, kv. {r.randint(1, 300)}", f"{st} {n}-{r.randint(1, 300)}",
                         f"{st}, d. {n}, korp. {r.randint(1, 5)}, kv. {r.randint(1, 300)}"])
    elif cc in ("UA", "BY"):
        addr = r.choice([f"{st}, {n}, kv. {r.randint(1, 300)}", f"{st} {n}/{r.randint(1, 300)}", f"{st}, bud. {n}, kv. {r.randint(1, 200)}"])
    elif cc == "MD":
        addr = r.choice([f"{st} {n}, ap. {r.randint(1, 120)}", f"{st}, nr. {n}, bl. {r.randint(1, 5)}, ap. {r.randint(1, 90)}"])
    elif cc == "FI":
        addr = r.choice([f"{st} {n} {r.choice('ABCD')} {r.randint(1, 60)}", f"{st} {n} as {r.randint(1, 40)}", f"{st} {n}"])
    elif cc == "SE":
        addr = r.choice([f"{st} {n}, lgh {r.randint(10, 16)}{r.randint(1, 9):02d}", f"{st} {n}{suffix}", f"{st} {n} {r.randint(1, 6)} tr"])
    elif cc == "NO":
        addr = r.choice([f"{st} {n}{suffix}", f"{st} {n}, H0{r.randint(1, 6)}0{r.randint(1, 4)}", f"Postboks {r.randint(100, 9999)}"])
    elif cc == "DK":
        addr = r.choice([f"{st} {n}, {r.randint(1, 5)}. {r.choice(['tv.', 'th.', 'mf.'])}", f"{st} {n}{suffix}, st.", f"{st} {n}"])
    elif cc in ("IS", "GL"):
        addr = r.choice([f"{st} {n}", f"{st} {n}{suffix}", f"{st} {n}, íbúð {r.randint(101, 405)}" if cc == "IS" else f"B-{r.randint(100, 1500)}"])
    elif cc == "AT":
        addr = r.choice([f"{st} {n}/{r.randint(1, 9)}/{r.randint(1, 30)}", f"{st} {n}/Top {r.randint(1, 40)}", f"{st} {n}"])
    elif cc == "NL":
        addr = r.choice([f"{st} {n}", f"{st} {n}-{r.choice(['I', 'II', 'III', 'hs', 'bis'])}", f"{st} {n}{r.choice(['a', 'A', 'bis'])}",
                         f"Postbus {r.randint(100, 99999)}"])
    elif cc == "BE":
        addr = r.choice([f"{st} {n} bus {r.randint(1, 30)}", f"{st} {n}/{r.randint(1, 9)}", f"{st} {n} bte {r.randint(1, 12)}", f"{st} {n}"])
    elif cc == "LU":
        addr = r.choice([f"{n}, {st}", f"{n} {st}", f"{n}{suffix}, {st}"])
    else:  # DE, CH
        addr = r.choice([f"{st} {n}{suffix}", f"{st} {n}, {r.randint(1, 5)}. OG", f"{st} {n} c/o", f"Postfach {r.randint(100, 9999)}"])
        if addr.endswith(" c/o"):
            addr = addr[:-4]
    pc = _postcode(r, cc, pre)
    if cc == "GL":
        pc = r.choice(["3900", "3911", "3952"])
    if cc == "IS":
        pc = r.choice(["101", "105", "107", "200", "220", "600"])
    return addr, pc, town


def addr_segments(ctx, cc, mode):
    r = ctx.rng
    addr, pc, town = gen_address(ctx, cc)
    if mode == "street":
        return S(addr, "address")
    if mode == "post":
        return S(pc, "postcode") + S(" ") + S(town, "~")
    if mode == "pconly":
        return S(pc, "postcode")
    # full
    if cc in ("RU", "UA", "BY") and r.random() < 0.5:
        return S(pc, "postcode") + S(", ") + S(town, "~") + S(", ") + S(addr, "address")
    if cc in ("RU", "UA", "BY"):
        return S(addr, "address") + S(", ") + S(town, "~") + S(", ") + S(pc, "postcode")
    sep = r.choice([", ", " ", ", "])
    return S(addr, "address") + S(sep) + S(pc, "postcode") + S(" ") + S(town, "~")


# ---------------------------------------------------------------- templates
PII_TEMPLATES = [
    "cust {NAME} happy w/ refund, cb on {PHONE} {SHORT}",
    "Spoke to {NAME} re {BRAND} delivery, confirmed email {EMAIL} {WIN}",
    "thanks to {AGENT} from billing, {NAME} kept the {PLAN} plan",
    "cx {NAME} called from {PLACE}, verified w/ {NATID}, {WIN}",
    "{NAME} wanted to cancel {PLAN}, offered {AMT} credit and she/he stayed {SHORT}",
    "caller {NAME} ({PHONE}) - {REF} sorted, parcel rerouted to {ADDRFULL}",
    "customer {NAME}, {DOBCUE}, ID check ok, new SIM sent {SHORT}",
    "big win today: {NAME}'s complaint about {BRAND} closed FCR, {THX} {AGENT}",
    "{NAME2} and {NAME} (joint acct) both happy, {REF}, csat 5/5",
    "updated billing addr to {ADDRFULL} for {NAME}",
    "{NAME} paid {AMT} by card {CARD}, receipt sent to {EMAIL}",
    "refund {AMT} to IBAN {IBAN} (acct holder {NAME}) approved by {AGENT}",
    "@{HANDLE} pls note {NAME} prefers sms on {PHONE} not calls",
    "login issue fixed for {NAME}, user {USER}, last ip {IP} {SHORT}",
    "cust profile {URL} matched to {NAME}, fraud flag removed",
    "spoke to {NAME} {WIN} - moved from {PLAN} to {PLAN}, {REF}",
    "{NAME} at {ADDR} got the technician {DATE} {TIME}, {SHORT}",
    "new postcode {POST} for {NAME} saved, delivery {DATE} ok",
    "{NAME} born {DOB} - age check for {PLAN} passed",
    "klient {NAME} zadowolony, tel {PHONE}, {REF} zamknięte",
    "Kunde {NAME} sehr zufrieden, Rückruf unter {PHONE}, {REF}",
    "klant {NAME} blij, nieuw adres {ADDRFULL}, {SHORT}",
    "kunden {NAME} nöjd, {NATID}, ärendet stängt",
    "asiakas {NAME} tyytyväinen, puh {PHONE}",
    "kunde {NAME} fornøyd, sendt til {ADDRFULL} {SHORT}",
    "{NAME} from {PLACE} wrote in {LANG}, answered in {LANG}, happy {SHORT}",
    "esc from {TEAM}: {NAME} threatened to leave, {AGENT} saved it w/ {AMT} off",
    "{NAME} - {PHONE} - {EMAIL} - {REF} - all verified {SHORT}",
    "{NAME}: \"best service ever\" after {AGENT} fixed the {PROD}",
    "VIP {NAME} ({NATID}) upgraded to {PLAN} {SHORT}",
    "card {CARD} blocked and reissued for {NAME}, sent to {ADDR}, {POST}",
    "thx {AGENT} for covering {NAME}'s callback at {TIME}",
    "{NAME} spelled surname for me, email now {EMAIL}",
    "dob {DOB}, name {NAME}, pc {PCONLY} - kyc done {SHORT}",
    "{NAME} lost {PROD} on {AIRLINE} flight, {REF}, found at {PLACE} {SHORT}",
    "cust {NAME} {WIN}, meter {METER} read {NUM} kWh, bill corrected",
    "{NAME} moved to {ADDRFULL}, old line {PHONE} ported",
    "spoke w/ {NAME} and her son {NAME2}, both on {PLAN} now",
    "{AGENT} + {AGENT2} handled {NAME} together, {SHORT}",
    "sepa mandate {IBAN} set for {NAME}, first debit {DATE}",
    "{NAME} ok with ip {IP} being blocked, new router {MODEL} shipped",
    "{NAME} asked for {AGENT} by name - great feedback {SHORT}",
    "{AGENT}'s tip worked, {NAME}'s {PROD} works again {SHORT}",
    "{PLACE} store visit: {NAME}, tel {PHONE}, bday {DOB}, loyalty card issued",
    "customer {NAME} profile {URL} - removed dup account {USER}",
    "parcel for {NAME} at {ADDR} ({POST}) re-delivered by {COURIER}",
]
NOPII_TEMPLATES = [
    "{BRAND} order delivered to {PLACE} before {TIME}, cx happy",
    "retention win on {PLAN}, saved {AMT} for the {TEAM} queue",
    "{SHORT} cust upgraded to {PLAN}, {WIN}",
    "{PROD} replaced under warranty, {COURIER} pickup {DATE} {TIME}",
    "refund of {AMT} processed via {PAY}, no further action {SHORT}",
    "{TEAM} queue cleared by {TIME}, aht {NUM}s, csat {CSAT}",
    "flight {FLIGHT} {PLACE} - {PLACE} rebooked, cx thanked us",
    "{WIN} - {BRAND} voucher {AMT} applied, case closed",
    "router {MODEL} reset remotely, speed back to {NUM} Mbit/s {SHORT}",
    "cust moved from {PLAN} to {PLAN}, saves {AMT}/mo",
    "{APP} app crash fixed after update {VER}, {WIN}",
    "parcel stuck at {PLACE} depot, {COURIER} released it {DATE}",
    "escalated to {TEAM}, resolved same day, fcr {SHORT}",
    "{LANG} speaking caller, handled w/o interpreter, {WIN}",
    "train {TRAIN} from {PLACE} cancelled, refund {AMT} via {PAY}",
    "{BRAND} {PROD} out of stock at {PLACE}, ordered from {PLACE} instead",
    "double charge {AMT} reversed, {PAY} confirms {DATE}",
    "{SHORT} nps 10 from a {PLACE} caller re {BRAND}",
    "contract renewed {DATE}, {PLAN} at {AMT}, {SHORT}",
    "{TEAM} shoutout: {NUM} saves this week {SHORT}",
    "ticket reopened then solved in {NUM} min, {WIN}",
    "{BRAND} loyalty points restored ({NUM} pts), {SHORT}",
    "outage in {PLACE} {TIME}-{TIME}, cx got {AMT} goodwill",
    "cust said {BRAND} was cheaper, matched price {AMT} {SHORT}",
    "{PROD} delivered to {BRAND} pickup point in {PLACE}, {WIN}",
    "{APP} login via {AUTH} fixed, {SHORT}",
    "moved cx to {TEAM} for {PLAN} migration, {WIN}",
    "{WIN} {SHORT} {BRAND} gift card {AMT}",
    "weekend shift {DATE}: {NUM} chats, {NUM} calls, {CSAT} csat",
    "model {MODEL} swapped for {MODEL}, {COURIER} label sent {SHORT}",
    "roaming in {PLACE} enabled, {PLAN} add-on {AMT}, {WIN}",
    "invoice {MONTH} corrected, {AMT} credited, {SHORT}",
    "{PLACE} branch reopened {DATE}, cx could collect {PROD} {SHORT}",
    "tariff {PLAN} explained in {LANG}, cx stays, {WIN}",
    "{BRAND} x {BRAND} bundle activated {DATE} {TIME}, {SHORT}",
    "{TEAM} -> {TEAM} handover ok, {NUM} open cases left, {SHORT}",
    "smart meter install slot {DATE} {TIME} booked, {WIN}",
]

BRANDS = ["Allegro", "InPost", "Zalando", "MediaMarkt", "IKEA", "Biedronka", "Żabka", "Orange Polska", "Play", "Plus",
          "T-Mobile", "Vodafone", "Telia", "Telenor", "Elisa", "DNA", "Síminn", "Swisscom", "Sunrise", "Salt", "KPN",
          "Ziggo", "Odido", "Proximus", "Telenet", "bol.com", "Coolblue", "Albert Heijn", "Saturn", "Deutsche Bahn",
          "ÖBB", "SBB", "NS", "SJ", "VR", "Vy", "DSB", "Finnair", "SAS", "Icelandair", "Lufthansa", "Ryanair",
          "Wizz Air", "LOT", "Ukrzaliznytsia", "Nova Poshta", "Rozetka", "PrivatBank", "monobank", "Yandex Go",
          "Wildberries", "Ozon", "Klarna", "Vipps", "MobilePay", "Swish", "Revolut", "N26", "ING", "Rabobank",
          "Nordea", "Danske Bank", "OP", "DNB", "Handelsbanken", "Spotify", "H&M", "Lidl", "Aldi", "Netto",
          "Rema 1000", "Coop", "K-Citymarket", "Prisma", "Bónus", "Migros", "Denner", "Galaxus", "Otto", "A1",
          "Magenta", "POST Luxembourg", "Tango", "Moldcell", "Orange Moldova", "A1 Belarus", "Kyivstar", "lifecell",
          "Tele2", "Ruter", "HSL", "BVG", "GVB", "Tusass", "Air Greenland", "Elkjøp", "Power", "Verkkokauppa.com",
          "Jysk", "Hema", "Action", "Rossmann", "dm", "Kaufland", "Empik", "Vinted", "OLX", "Blablacar", "Bolt"]
PLACES = ["Mokotów", "Kreuzberg", "Warszawa Centralna", "Berlin Hbf", "Kraków Główny", "Kyiv-Pasazhyrskyi", "Lviv",
          "Podil", "Obolon", "Schiphol", "Arlanda", "Gardermoen", "Kastrup", "Helsinki-Vantaa", "Keflavík",
          "Zürich HB", "Brussel-Zuid", "Praga-Południe", "Prenzlauer Berg", "Jordaan", "Södermalm", "Grünerløkka",
          "Vesterbro", "Kallio", "Vesturbær", "Oerlikon", "Nuuk", "Chișinău", "Minsk", "Gdańsk", "Wrocław",
          "Kharkiv", "Odesa", "Moskva", "Sankt-Peterburg", "Tampere", "Göteborg", "Malmö", "Bergen", "Aarhus",
          "Akureyri", "Wien Westbahnhof", "Graz", "Salzburg", "Basel SBB", "Bern", "Chur", "Rotterdam Centraal",
          "Utrecht", "Antwerpen-Centraal", "Gent-Sint-Pieters", "Luxembourg Gare", "Esch-sur-Alzette", "Hamburg",
          "München", "Köln", "Leipzig", "Modlin", "Chopin airport", "Boryspil", "Tegel", "BER", "Espoo", "Turku",
          "Trondheim", "Tromsø", "Odense", "Ilulissat", "Grindavík", "Rovaniemi", "Sopot", "Zakopane"]
TEAMS = ["Tier 2", "Billing DACH", "Retention PL", "Nordics queue", "Escalations", "Fraud desk", "Care UA", "Benelux chat",
         "Back office", "Tech L2", "Collections", "Loyalty", "Social care", "VIP desk", "Night shift", "Onboarding",
         "Complaints", "Team Kyiv", "Team Lviv", "Hub Kraków", "Warsaw WFM", "Baltic/Nordic", "RU-speaking line",
         "CH-DE queue", "Team Reykjavík", "Helsinki L1", "Amsterdam hub"]
PLANS = ["Magenta M", "Orange Love", "Play Unlimited", "Premium 5G", "Basic 10GB", "Family XL", "Fibre 1000", "Business Pro",
         "Red Max", "Young S", "Telia Obegränsad", "Elisa Saunalahti", "Unlimited Plus", "inOne mobile", "Start 20",
         "Prepaid Classic", "Gold tier", "Kids SIM", "Home Office 500", "Nordic Roam", "Komfort", "Smart Net"]
PRODUCTS = ["iPhone 15", "Galaxy S24", "Pixel 8", "AirPods Pro", "PS5", "Kindle", "Dyson V15", "Roomba i7", "Fritz!Box 7590",
            "Thermomix TM6", "smart TV", "eSIM", "SIM", "laptop", "suitcase", "e-bike", "router", "Apple Watch",
            "Xiaomi Redmi Note 13", "Nintendo Switch", "Garmin Forerunner", "wallbox", "heat pump", "dishwasher"]
MODELS = ["FRITZ!Box 7530", "Huawei B535", "ZTE MF286", "TP-Link Archer C6", "Sagemcom F@st 5366", "Zyxel VMG8825",
          "Nokia G-240W", "H369A", "Connect Box", "Internet-Box 3", "Speedport Smart 4", "HG8245H", "AX3000"]
APPS = ["Allegro", "mObywatel", "Diia", "BankID", "MitID", "Vipps", "Swish", "MobilePay", "DigiD", "itsme", "Twint",
        "monobank", "Privat24", "Gosuslugi", "OP-mobiili", "Mein Magenta", "Orange Flex", "NS", "DB Navigator", "Ruter"]
PAYMENTS = ["BLIK", "Swish", "Vipps", "MobilePay", "iDEAL", "Bancontact", "Twint", "PayPal", "Klarna", "SEPA transfer",
            "MobilePay Box", "Apple Pay", "Google Pay", "SOFORT", "Przelewy24", "MobilePay Invoice", "bank transfer"]
COURIERS = ["InPost", "DPD", "DHL", "GLS", "Hermes", "PostNord", "Posti", "Posten", "PostNL", "bpost", "Swiss Post",
            "Nova Poshta", "Meest", "Pocztex", "UPS", "Budbee", "Instabox", "Íslandspóstur", "Österreichische Post", "CDEK"]
LANGS = ["Polish", "Ukrainian", "Russian", "German", "Swiss German", "Dutch", "Flemish", "Swedish", "Norwegian", "Danish",
         "Finnish", "Icelandic", "English", "Romanian", "Belarusian", "Luxembourgish", "French", "Kalaallisut", "Yiddish"]
WINS = ["cx happy", "klient zadowolony", "Kunde zufrieden", "klant blij", "kunden nöjd", "asiakas tyytyväinen",
        "kunden fornøyd", "kunden glad", "viðskiptavinur ánægður", "klientka zadowolona", "vsyo ok", "vse dobre",
        "super zufrieden", "top, danke", "helemaal goed", "tack!", "kiitos", "dziękuję bardzo", "diakuiu",
        "spasibo bolshoe", "mega happy", "win!!", "saved :)", "super tevreden", "merci villmol", "gut gelaufen",
        "dank je wel", "all good", "tusen takk", "mange tak", "grazcha fitg"]
SHORTS = ["ty", "pls", "fyi", "asap", "fcr", "fcr ✅", "csat 5/5", "nps 10", "no cb needed", "eod", "tbh great call",
          "wfh today", "lol", ":)", ":D", "👍", "🎉", "!!", "w/ supervisor ok", "aht 6m", "ooh ok", "dsat avoided",
          "kudos", "btw", "np", "fwiw", "TL approved", "ok", "done", "gg", "imo solid", "re-open if needed",
          "cb nt needed", "msg snt", "pls close", "tnx", "dzięki", "danke", "bedankt", "tack", "kiitti", "takk"]
THXS = ["thanks", "thx", "ty", "big thanks to", "kudos to", "shoutout", "dzięki", "danke an", "merci", "tack till", "kiitos"]
AUTHS = ["BankID", "MitID", "itsme", "DigiD", "SMS code", "2FA", "Face ID", "passkey", "mObywatel", "Diia.Sign"]
MONTH_NAMES = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec", "styczeń",
               "Oktober", "maart", "tammikuu", "mars"]
DOB_CUES = ["DOB", "dob", "d.o.b", "d.o.b.", "born", "birthday", "ur.", "geb.", "geboren", "f.", "født", "född",
            "syntynyt", "s.", "fæddur", "data ur.", "Geburtsdatum", "geboortedatum", "DOB:", "date of birth",
            "data rozhdeniya", "d.r.", "data nar.", "bday"]


def gen_amount(ctx):
    r = ctx.rng
    n = r.randint(5, 900)
    c = r.randint(0, 99)
    return r.choice([f"{n} zł", f"{n},{c:02d} zł", f"€{n}", f"{n},{c:02d} EUR", f"{n} €", f"CHF {n}.{c:02d}",
                     f"{n} kr", f"{n},- kr", f"{n} SEK", f"{n} NOK", f"{n} DKK", f"{n} ISK", f"{n} грн",
                     f"{n} UAH", f"{n} руб", f"{n} BYN", f"{n} lei", f"{n} PLN", f"{n}.{c:02d} EUR", f"{n}e"])


def gen_time(ctx):
    r = ctx.rng
    h, m = r.randint(7, 21), r.choice(["00", "15", "30", "45", "05", "50"])
    return r.choice([f"{h}:{m}", f"{h}.{m}", f"{h}h{m}", f"{h}:{m} Uhr", f"kl. {h}.{m}", f"{h}:{m} CET"])


def gen_date(ctx):
    r = ctx.rng
    d, m = r.randint(1, 28), r.randint(1, 12)
    y = r.choice([2024, 2025])
    return r.choice([f"{d:02d}.{m:02d}", f"{d}.{m}.", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d}/{m}",
                     "today", "tomorrow", "Monday", "Fri", "next week", f"{d} {r.choice(MONTH_NAMES)}", "morgen",
                     "jutro", "i morgon", "huomenna", "maandag"])


_PH = re.compile(r"\{([A-Z0-9_]+)\}")


def fill(ctx, template, cc, persons):
    r = ctx.rng
    segs = []
    pos = 0
    agents = 0
    for m in _PH.finditer(template):
        if m.start() > pos:
            segs += S(template[pos:m.start()])
        key = m.group(1)
        p0 = persons[0]
        if key == "NAME":
            segs += render_name(ctx, p0)
        elif key == "NAME2":
            segs += render_name(ctx, persons[1], r.choice(["g", "gf", "dim", "f_title", "crm"]))
        elif key in ("AGENT", "AGENT2"):
            segs += render_name(ctx, persons[2 + (key == "AGENT2")], r.choice(["g", "gf", "dim", "g", "init"]))
        elif key == "HANDLE":
            pa = persons[2]
            h = r.choice([pa["given"].lower(), pa["given"], pa["given"].lower() + "." + pa["family"].lower().replace(" ", "")])
            if not name_ok(h, ctx.listed):
                h = pa["given"].lower()
            segs += S(h, "name")
        elif key == "PHONE":
            segs += S(gen_phone(ctx, cc), "phone")
        elif key == "EMAIL":
            segs += S(gen_email(ctx, p0, cc), "email")
        elif key == "CARD":
            segs += S(gen_card(ctx), "card")
        elif key == "NATID":
            cue, val = gen_natid(ctx, cc)
            segs += S(cue + r.choice([" ", ": ", " "])) + S(val, "id")
        elif key == "REF":
            cue, val = gen_ref(ctx)
            if val is None:
                segs += S(r.choice(["user ", "login ", "username "])) + S(gen_username(ctx, p0), "id")
            else:
                segs += S(cue + r.choice([" ", ": ", " no. ", " "])) + S(val, "id")
        elif key == "USER":
            segs += S(gen_username(ctx, p0), "id")
        elif key == "METER":
            segs += S(r.choice([f"1ESY{_d(r, 10)}", f"{_d(r, 8)}", f"E{_d(r, 7)}"]), "id")
        elif key == "ADDR":
            segs += addr_segments(ctx, cc, "street")
        elif key == "ADDRFULL":
            segs += addr_segments(ctx, cc, "full")
        elif key == "POST":
            segs += addr_segments(ctx, cc, "post")
        elif key == "PCONLY":
            segs += addr_segments(ctx, cc, "pconly")
        elif key == "IP":
            segs += S(gen_ip(ctx), "ip")
        elif key == "URL":
            segs += S(gen_url(ctx, p0), "url")
        elif key == "IBAN":
            segs += S(gen_iban(ctx, "UA" if cc == "UA" else cc), "iban")
        elif key == "DOB":
            segs += S(gen_dob(ctx), "dob")
        elif key == "DOBCUE":
            segs += S(r.choice(DOB_CUES) + " ") + S(gen_dob(ctx), "dob")
        elif key in SIMPLE:
            v = SIMPLE[key]
            segs += S(v(ctx) if callable(v) else r.choice(v))
        else:
            raise KeyError(key)
        pos = m.end()
    if pos < len(template):
        segs += S(template[pos:])
    return segs


SIMPLE = {"AIRLINE": ["LOT", "Finnair", "SAS", "Icelandair", "Lufthansa", "Ryanair", "Wizz Air", "KLM", "Swiss", "Austrian", "Brussels Airlines", "Norwegian", "airBaltic", "Eurowings"], "BRAND": BRANDS, "PLACE": PLACES, "TEAM": TEAMS, "PLAN": PLANS, "PROD": PRODUCTS, "MODEL": MODELS,
          "APP": APPS, "PAY": PAYMENTS, "COURIER": COURIERS, "LANG": LANGS, "WIN": WINS, "SHORT": SHORTS,
          "THX": THXS, "AUTH": AUTHS, "MONTH": MONTH_NAMES, "AMT": gen_amount, "TIME": gen_time, "DATE": gen_date,
          "NUM": lambda c: str(c.rng.choice([c.rng.randint(2, 60), c.rng.randint(100, 999)])),
          "CSAT": lambda c: c.rng.choice(["92%", "4.8", "5/5", "98 %", "4,7"]),
          "VER": lambda c: f"{c.rng.randint(2, 9)}.{c.rng.randint(0, 30)}.{c.rng.randint(0, 9)}",
          "FLIGHT": lambda c: c.rng.choice(["LO", "AY", "SK", "FI", "LH", "FR", "W6", "KL", "LX", "OS", "PS"]) + str(c.rng.randint(100, 4999)),
          "TRAIN": lambda c: c.rng.choice(["ICE ", "IC ", "EIC ", "SJ ", "TLK ", "RJX ", "IR ", "Intercity "]) + str(c.rng.randint(10, 999))}


def _merge(segs):
    out = []
    for t, l in segs:
        if not t:
            continue
        if out and out[-1][1] == l == "o":
            out[-1] = (out[-1][0] + t, "o")
        else:
            out.append((t, l))
    return out


def _lower(segs):
    return [(t.lower(), l) for t, l in segs]


def blind_notes(listed: frozenset[str]) -> list[list[tuple[str, str]]]:
    rng = random.Random(SEED)
    listed = frozenset(_fold(w) for w in listed) | frozenset(listed)
    ctx = Ctx(rng, listed)
    n_clean = round(N_NOTES * NO_PII_SHARE)
    kinds = [False] * n_clean + [True] * (N_NOTES - n_clean)
    rng.shuffle(kinds)
    pii_t = list(PII_TEMPLATES)
    clean_t = list(NOPII_TEMPLATES)
    rng.shuffle(pii_t)
    rng.shuffle(clean_t)
    notes, seen = [], set()
    ip = ic = 0
    for has_pii in kinds:
        for attempt in range(200):
            if has_pii:
                tpl = pii_t[(ip + attempt) % len(pii_t)]
            else:
                tpl = clean_t[(ic + attempt) % len(clean_t)]
            cult = rng.choice(ctx.cultures)
            persons = [ctx.person(cult), ctx.person(cult if rng.random() < 0.7 else None),
                       ctx.person(), ctx.person()]
            cc = persons[0]["cc"]
            segs = _merge(fill(ctx, tpl, cc, persons))
            if rng.random() < LOWER_SHARE + 0.02:
                segs = _lower(segs)
            text = "".join(t for t, _ in segs)
            nw = len(text.split())
            if "\n" in text or not 5 <= nw <= 45 or text in seen:
                continue
            seen.add(text)
            notes.append(segs)
            break
        else:
            raise RuntimeError("could not build a unique note")
        if has_pii:
            ip += 1
        else:
            ic += 1
    return notes


# ---------------------------------------------------------------- self-check
def _selfcheck():
    sample = frozenset({"anna", "jan", "peter", "maria", "smith", "muller",
                        "kowalski", "ivan", "olga", "hansen", "lars", "thomas"})
    a = blind_notes(sample)
    b = blind_notes(sample)
    assert a == b, "not deterministic"
    assert len(a) == N_NOTES, len(a)
    texts = set()
    counts = {l: 0 for l in LABELS}
    lower = clean = 0
    for note in a:
        text = "".join(t for t, _ in note)
        assert "\n" not in text and "\r" not in text
        assert 5 <= len(text.split()) <= 45, text
        assert text not in texts, text
        texts.add(text)
        for t, l in note:
            assert l in LABELS, l
            counts[l] += 1
            if l != "o":
                assert t == t.strip() and t, repr(t)
            if l == "name":
                assert name_ok(t, sample), t
        if text == text.lower():
            lower += 1
        if all(l in ("o", "~") for _, l in note):
            clean += 1
    print("notes:", len(a))
    for l in LABELS:
        print(f"  {l:9s} {counts[l]}")
    print(f"all-lower share: {lower / len(a):.3f}")
    print(f"no-PII share:    {clean / len(a):.3f}")
    print("cultures:", len(CULTURES), "pii templates:", len(PII_TEMPLATES),
          "clean templates:", len(NOPII_TEMPLATES))


if __name__ == "__main__":
    _selfcheck()
