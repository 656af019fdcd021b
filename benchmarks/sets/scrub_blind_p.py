"""Blind evaluation set: contact-centre 'customer win' notes.

Region: France, Belgium, Netherlands, Luxembourg, Switzerland, Italy, Monaco, Quebec.
Standard library only, deterministic (one random.Random(SEED) per call).
"""
import random
import re
import unicodedata

SEED = 4729183
N_NOTES = 1000
LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")


def _fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


_NSPLIT = re.compile(r"[\s\-'\u2019\u02bc.]+")


def _name_ok(name, listed):
    for part in _NSPLIT.split(name):
        if part and _fold(part) in listed:
            return False
    return True


def _L(s):
    return [x.strip() for x in s.split(",") if x.strip()]


# ---------------------------------------------------------------- name pools
# culture: (male given, female given, family)
CULTURES = {
    "french": (
        _L("Jean, Pierre, Michel, Philippe, Alain, Nicolas, Christophe, Laurent, Julien, Thomas, Mathieu, "
           "Sébastien, Guillaume, Antoine, Maxime, Hugo, Lucas, Théo, Louis, Gabriel, Arthur, Raphaël, "
           "Clément, Baptiste, Romain, Benoît, Jérôme, Olivier, Thierry, Didier, Jean-Luc, Jean-Marc, "
           "Pascal, Cédric, Grégoire, Aimé, Constant"),
        _L("Marie, Nathalie, Isabelle, Sylvie, Catherine, Sophie, Céline, Sandrine, Valérie, Aurélie, "
           "Camille, Léa, Manon, Chloé, Emma, Inès, Jade, Louise, Juliette, Pauline, Élodie, Mathilde, "
           "Claire, Hélène, Brigitte, Martine, Chantal, Anne-Sophie, Marie-Claire, Océane, Margaux, "
           "Agathe, Rose, Blanche, Capucine"),
        _L("Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, "
           "Lefebvre, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, André, Lefèvre, "
           "Mercier, Dupont, Lambert, Bonnet, François, Legrand, Garnier, Faure, Rousseau, Blanc, Guérin, "
           "Perrin, Morin, Gauthier, Fontaine, Chevalier, de la Fontaine, de Villiers, Boulanger, "
           "Marchand, Lebon, Meunier, Berger, Lenoir"),
    ),
    "breton_occitan": (
        _L("Yann, Erwan, Gwenaël, Loïc, Ronan, Tanguy, Goulven, Brieuc, Corentin, Maël, Malo, Tristan, "
           "Gaël, Yannick, Hervé, Alan, Riwal, Youenn, Gurvan, Armel, Jakez, Killian, Jòrdi, Pèire, "
           "Estève, Guilhèm, Bernat, Miquèl, Ferran, Aimeric, Bastian, Marçal, Joan"),
        _L("Nolwenn, Gwenaëlle, Maëlys, Rozenn, Soizic, Katell, Enora, Anaïg, Gwenola, Awena, Azilis, "
           "Maïwenn, Morgane, Solenn, Tifenn, Armelle, Gwendoline, Klervi, Aziliz, Mirelha, Magali, "
           "Estela, Joana, Clamença, Roseline, Fanette, Nina, Lisa, Margalida, Aurelha, Elen"),
        _L("Le Goff, Le Gall, Le Bihan, Le Roux, Tanguy, Guivarc'h, Le Floch, Kerbrat, Quéré, Le Corre, "
           "Morvan, Le Meur, Cadiou, Le Guen, Riou, Jaouen, Kervella, Nédélec, L'Hostis, Le Berre, "
           "Caradec, Prigent, Le Bras, Abgrall, Le Lann, Castan, Mistral, Bosc, Fabre, Delpech, "
           "Ginestet, Sicard, Rouquette, Cabrol, Fabrègue, Lacoste, Esquirol"),
    ),
    "walloon": (
        _L("Jean-Pierre, Luc, Marc, Benoît, Frédéric, Didier, Grégory, Jean-François, Quentin, Arnaud, "
           "Cédric, Jérémy, Damien, Xavier, Raphaël, Simon, Maxime, Gauthier, Thibault, Bertrand, Régis, "
           "Philippe, Pol, Jacky, Fabrice, Olivier, Nicolas, Jonathan, Sébastien, Dimitri, Florian, Loïc"),
        _L("Anne, Véronique, Martine, Françoise, Murielle, Carine, Nathalie, Laurence, Stéphanie, "
           "Virginie, Audrey, Delphine, Géraldine, Caroline, Fabienne, Christelle, Sandrine, Jessica, "
           "Amandine, Élise, Justine, Noémie, Manon, Laura, Julie, Charlotte, Marie-Noëlle, Ginette, "
           "Josiane, Monique, Dominique"),
        _L("Dubois, Lambert, Dupont, Martin, Simon, Laurent, Leclercq, Lejeune, Renard, Mathieu, Dumont, "
           "François, Collard, Gérard, Lemaire, Denis, Michaux, Henrard, Delvaux, Wathelet, Hubert, "
           "Lecocq, Gilson, Pirson, Rasquin, Delhaye, Piron, Bodart, Dethier, Jadot, Jacquemin, Thiry, "
           "Noël, Gillet, Body, Degrève, Lhoest"),
    ),
    "flemish": (
        _L("Jan, Pieter, Wim, Koen, Bart, Tom, Stijn, Joris, Dries, Jens, Thijs, Wout, Lander, Seppe, "
           "Arne, Robbe, Warre, Lars, Kobe, Tibo, Senne, Jef, Staf, Rik, Luc, Guido, Filip, Geert, Dirk, "
           "Frank, Kristof, Jelle"),
        _L("An, Els, Griet, Katrien, Lieve, Hilde, Sofie, Ellen, Liesbeth, Veerle, Inge, Leen, Nele, "
           "Lotte, Fien, Marthe, Lore, Elke, Evelien, Marieke, Femke, Jolien, Charlotte, Ine, Hanne, "
           "Kaat, Margot, Febe, Ilse, Ann-Sophie, Lien"),
        _L("Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet, "
           "Van den Broeck, Vermeulen, Van Damme, De Backer, Hermans, Michiels, Aerts, Pauwels, Verbeke, "
           "De Clercq, Van de Velde, Cools, Desmet, Vandenberghe, Van Acker, Declercq, Verhoeven, "
           "Lambrechts, Segers, Smets, Vercammen, Wuyts, Van Hoof, De Vos, Bogaert"),
    ),
    "dutch": (
        _L("Jeroen, Sander, Bas, Joost, Maarten, Ruud, Henk, Kees, Gerrit, Sjoerd, Daan, Sem, Bram, Luuk, "
           "Jesse, Ruben, Tim, Niels, Martijn, Erik, Hans, Wouter, Gijs, Jasper, Stefan, Willem, Hendrik, "
           "Teun, Mees, Floris, Job, Pim"),
        _L("Anouk, Sanne, Lieke, Femke, Annemieke, Marloes, Ingrid, Wilma, Ans, Joke, Mieke, Fenna, "
           "Tessa, Sophie, Julia, Emma, Lotte, Isa, Noor, Fleur, Roos, Eva, Esther, Ilse, Marjolein, "
           "Petra, Hanneke, Janneke, Willemijn, Merel, Nienke, Renske"),
        _L("de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, "
           "de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, "
           "Dijkstra, Smits, de Graaf, van der Meer, van der Linden, Kok, de Haan, van der Heijden, "
           "Schouten, Hoekstra, Kuipers, Koster, Visscher"),
    ),
    "luxembourgish": (
        _L("Jos, Jhang, Marc, Fernand, Gilles, Mett, Pit, Ben, Claude, Romain, Yves, Guy, Raymond, Nico, "
           "Lex, Jempy, Camille, Charel, Metty, Pol, Roby, Fränz, Tun, Mich, Gusty, Jängi, Misch, Serge, "
           "Aloyse, Nicolas, Joël"),
        _L("Marie-Paule, Josée, Nadine, Carole, Monique, Danielle, Tessy, Joëlle, Sandy, Cindy, Jil, Lis, "
           "Mady, Liette, Simone, Mireille, Myriam, Lynn, Vicky, Léa, Lena, Mia, Zoé, Jessy, Nancy, "
           "Marianne, Nathalie, Anne, Martine, Francine, Colette"),
        _L("Schmit, Muller, Weber, Wagner, Hoffmann, Thill, Schmitz, Klein, Kremer, Reuter, Becker, "
           "Schroeder, Faber, Meyer, Hansen, Welter, Ries, Frisch, Kieffer, Theis, Majerus, Steichen, "
           "Weis, Goedert, Wirtz, Bettendorf, Hilger, Kirsch, Feltgen, Back, Reding, Zeimet, Scholtes"),
    ),
    "swiss_german": (
        _L("Urs, Beat, Reto, Ueli, Hansruedi, Fritz, Markus, Daniel, Stefan, Lukas, Jonas, Noah, Luca, "
           "Leon, Nico, Simon, Andreas, Christoph, Matthias, Roger, Marco, Patrick, Adrian, Dominik, "
           "Fabian, Silvan, Remo, Kurt, Walter, Res, Köbi, Hanspeter"),
        _L("Vreni, Ursula, Heidi, Brigitte, Regula, Barbara, Claudia, Sandra, Nicole, Daniela, Monika, "
           "Corinne, Karin, Andrea, Priska, Rahel, Mirjam, Lea, Lara, Nina, Anna, Laura, Sarah, Jasmin, "
           "Fabienne, Franziska, Esther, Margrit, Ruth, Beatrice, Käthi"),
        _L("Müller, Meier, Schmid, Keller, Weber, Huber, Schneider, Meyer, Steiner, Fischer, Gerber, "
           "Brunner, Baumann, Frei, Zimmermann, Moser, Widmer, Wyss, Graf, Roth, Suter, Bachmann, Kälin, "
           "Hürlimann, Zürcher, Bühler, Lüthi, Baumgartner, Aebischer, Fankhauser, Zbinden, Rüegg, Iten, "
           "Hofstetter"),
    ),
    "romansh": (
        _L("Gian, Men, Duri, Flurin, Curdin, Jachen, Not, Luzi, Andri, Corsin, Gion, Gieri, Linard, Ursin, "
           "Riet, Chasper, Jon, Peider, Domenic, Cla, Sep, Fadri, Nicolin, Armon, Mic, Gianin, Clo, "
           "Benedetg, Placi, Tumasch, Carli"),
        _L("Flurina, Seraina, Ladina, Mengia, Annina, Nesa, Mierta, Cilgia, Uorschla, Madlaina, Chatrina, "
           "Barla, Curdina, Gianna, Ursina, Corina, Bigna, Selina, Leta, Tumasina, Neisa, Mirta, Dorina, "
           "Ladina, Marionna, Tina, Cristina, Silvia, Anita, Giulia, Aita"),
        _L("Cadonau, Caflisch, Casutt, Cathomen, Cavegn, Derungs, Decurtins, Caduff, Camenisch, Bundi, "
           "Candinas, Tuor, Vincenz, Arpagaus, Capaul, Deplazes, Cajöri, Sialm, Tscharner, Bezzola, "
           "Pult, Andry, Janett, Könz, Nay, Demarmels, Dosch, Lardelli, Parli, Vieli, Cantieni, Darms"),
    ),
    "italian_north": (
        _L("Marco, Luca, Matteo, Andrea, Alessandro, Davide, Simone, Federico, Lorenzo, Riccardo, "
           "Stefano, Paolo, Giorgio, Massimo, Roberto, Fabio, Mattia, Tommaso, Filippo, Edoardo, Giacomo, "
           "Nicolò, Emanuele, Gianluca, Mauro, Ivano, Ezio, Gianni, Pierluigi, Diego, Alberto, Piergiorgio"),
        _L("Giulia, Chiara, Francesca, Sara, Elena, Martina, Alessia, Valentina, Federica, Silvia, Laura, "
           "Elisa, Paola, Monica, Cristina, Barbara, Roberta, Daniela, Serena, Beatrice, Ginevra, Aurora, "
           "Gaia, Matilde, Arianna, Marta, Ilaria, Lucia, Nicoletta, Ornella, Luisa, Maria Grazia"),
        _L("Rossi, Colombo, Ferrari, Bianchi, Brambilla, Fumagalli, Galli, Villa, Sala, Mariani, Cattaneo, "
           "Pozzi, Riva, Mazza, Bassi, Longhi, Brivio, Zanetti, Barbieri, Fontana, Moretti, Conti, "
           "Bertolini, Zanon, Bellini, Pellegrini, Guerra, Dal Molin, Dalla Costa, Dall'Olio, Zanella, "
           "Sartori, Rinaldi, Marchetti, Bianco"),
    ),
    "italian_south": (
        _L("Giuseppe, Salvatore, Antonio, Francesco, Vincenzo, Gennaro, Ciro, Carmine, Pasquale, "
           "Domenico, Rosario, Gaetano, Raffaele, Michele, Nicola, Calogero, Angelo, Sergio, Cosimo, "
           "Carmelo, Alfonso, Biagio, Giovanni, Tonino, Saverio, Rocco, Mimmo, Enzo, Luigi, Fortunato, "
           "Gianfranco"),
        _L("Maria, Rosa, Carmela, Giuseppina, Concetta, Assunta, Immacolata, Teresa, Angela, Filomena, "
           "Rosaria, Antonella, Nunzia, Addolorata, Lucia, Carmen, Grazia, Annunziata, Vincenza, "
           "Giovanna, Rita, Pina, Titti, Sofia, Melania, Noemi, Miriam, Rosalia, Agata, Speranza, Fortuna"),
        _L("Esposito, Russo, Romano, Greco, De Luca, Coppola, Caruso, Ferraro, Marino, Rizzo, Lombardo, "
           "Gallo, Leone, Longo, Costa, Mancini, Messina, La Rosa, Amato, D'Angelo, Di Stefano, Palumbo, "
           "Parisi, Sorrentino, Cirillo, D'Amico, Santoro, Cannavacciuolo, Iovine, Scognamiglio, "
           "Lo Bianco, Di Maio, Buscemi, Lo Presti, Fiore"),
    ),
    "sardinian": (
        _L("Gavino, Efisio, Antonello, Bachisio, Sisinnio, Ignazio, Giommaria, Peppino, Franco, "
           "Sebastiano, Costantino, Battista, Pietro, Giampaolo, Raimondo, Gesuino, Lussorio, Priamo, "
           "Elio, Pinuccio, Nanni, Salvatorangelo, Tore, Bainzu, Giuannicu, Mariano, Graziano, Antioco, "
           "Tonio, Giomaria, Ottavio"),
        _L("Gavina, Efisia, Bonaria, Vittoria, Luigina, Battistina, Caterina, Antonietta, Maddalena, "
           "Graziella, Marisa, Giuseppa, Franca, Annalisa, Simonetta, Alessandra, Manuela, Ignazia, "
           "Mariangela, Michela, Tonina, Mercede, Giuliana, Tzia, Peppina, Raimonda, Gonaria, Barbarina, "
           "Itria, Sisinnia, Lucia"),
        _L("Sanna, Piras, Pinna, Melis, Serra, Carta, Porcu, Mura, Floris, Lai, Deiana, Cocco, Useli, "
           "Murgia, Atzeni, Cossu, Fadda, Marras, Spanu, Pisanu, Loi, Meloni, Deidda, Cabras, Medda, "
           "Usai, Contini, Mereu, Zedda, Sechi, Manca, Puddu, Saba"),
    ),
    "corsican": (
        _L("Ghjuvan, Pasquale, Ange, Jean-Toussaint, Dominique, Santu, Petru, Ghjacumu, Paul-Félix, Orsu, "
           "Anghjulu, Jean-Dominique, Saveriu, François-Xavier, Matteu, Lisandru, Carlu, Ghjiseppu, "
           "Don-Mathieu, Ange-Marie, Toussaint, Battistu, Marc-Antoine, Jean-Charles, Pierre-Paul, "
           "Stefanu, Ghjuvan Petru, Paulu, Anto, Francescu, Michè"),
        _L("Marie-Dominique, Laetitia, Santa, Catalina, Ghjulia, Anna-Maria, Vanina, Francesca, Carla, "
           "Paule, Marie-Ange, Angèle, Rose-Marie, Toussainte, Antonia, Letizia, Chjara, Marina, Dumenica, "
           "Orsola, Livia, Vannina, Marie-Josée, Annonciade, Lisandra, Ghjuvanna, Mattea, Maria Santa, "
           "Paola, Stella, Nunziata"),
        _L("Santoni, Luciani, Casanova, Giacomoni, Mattei, Peretti, Albertini, Filippi, Agostini, Leca, "
           "Bartoli, Antonetti, Pieri, Colonna, Cristofari, Franceschi, Paoli, Poli, Orsini, Simeoni, "
           "Talamoni, Acquaviva, Rocca Serra, Pietri, Ceccaldi, Versini, Battesti, Giudicelli, Ottavi, "
           "Nicolai, Mondoloni, Susini, Castelli"),
    ),
    "quebecois": (
        _L("Jean-Guy, Réjean, Gaétan, Sylvain, Yves, Normand, Michel, Mario, Stéphane, Éric, Patrick, "
           "Martin, Sébastien, Mathieu, Jean-François, Marc-André, Simon, Olivier, William, Félix, Samuel, "
           "Jacob, Zachary, Maxime, Étienne, Gilles, Denis, Luc, Benoît, Jocelyn, Ghislain, Raymond"),
        _L("Marie-Ève, Marie-Claude, Geneviève, Isabelle, Chantal, Johanne, Sylvie, Nathalie, Julie, "
           "Mélanie, Stéphanie, Annie, Karine, Josée, Manon, Lise, Ginette, Francine, Diane, Nancy, "
           "Émilie, Catherine, Audrey-Anne, Laurie, Rosalie, Florence, Léa, Maude, Roxanne, Véronique, "
           "Jocelyne, Marie-Pier"),
        _L("Tremblay, Gagnon, Roy, Côté, Bouchard, Gauthier, Morin, Lavoie, Fortin, Gagné, Ouellet, "
           "Pelletier, Bélanger, Lévesque, Bergeron, Leblanc, Paquette, Girard, Simard, Boucher, Caron, "
           "Beaulieu, Cloutier, Dubé, Poirier, Fournier, Lapointe, Leclerc, Poulin, Thibault, St-Pierre, "
           "Nadeau, Desjardins, Bisson, Lachance, Gingras"),
    ),
    "maghrebi": (
        _L("Mohamed, Mohammed, Mehdi, Karim, Rachid, Youssef, Yacine, Sofiane, Bilal, Nassim, Samir, "
           "Hicham, Khalid, Abdelkader, Abdellah, Mourad, Nabil, Farid, Djamel, Saïd, Redouane, Amine, "
           "Ilyes, Walid, Zakaria, Hamza, Ayoub, Anis, Mustapha, Brahim, Lotfi, Kamel, Toufik, Slimane, "
           "Mohamed-Amine, Fouad"),
        _L("Fatima, Fatma, Khadija, Aïcha, Amina, Nadia, Samira, Leïla, Malika, Yasmina, Souad, Naïma, "
           "Zohra, Houria, Kenza, Meriem, Myriam, Nour, Rania, Salma, Imane, Hafsa, Wafa, Dounia, Sonia, "
           "Latifa, Zineb, Hayat, Ghizlane, Fadila, Nawel, Lina, Bouchra, Siham"),
        _L("Benali, Bensaïd, Belkacem, Boudjema, Haddad, Saïdi, Bouazza, Mansouri, Cherif, Hamdi, "
           "Brahimi, Meziane, Amrani, El Idrissi, Alaoui, Benjelloun, Berrada, Tazi, Chraïbi, El Amrani, "
           "Ben Salah, Trabelsi, Ben Ammar, Jaziri, Gharbi, Bouzid, Aït Ahmed, Ouali, Hadj-Ali, Belaïd, "
           "Zerrouki, Benchikh, Khelifi, Boumediene, Ben Youssef, Mebarki, El Khattabi, Ould Ahmed"),
    ),
    "west_african": (
        _L("Mamadou, Moussa, Ousmane, Abdoulaye, Ibrahima, Cheikh, Modou, Babacar, Amadou, Seydou, "
           "Boubacar, Souleymane, Lamine, Aliou, Issa, Bakary, Sékou, Oumar, Alioune, Pape, Serigne, "
           "Demba, Samba, Malick, Assane, Idrissa, Yacouba, Modibo, Mahamadou, Karamoko, Tidiane, Mountaga"),
        _L("Fatou, Aminata, Awa, Mariama, Aïssatou, Khady, Ndèye, Coumba, Astou, Bineta, Sokhna, Fanta, "
           "Kadiatou, Oumou, Rokia, Assa, Djeneba, Salimata, Nafissatou, Dieynaba, Maïmouna, Binta, "
           "Ramatoulaye, Rama, Seynabou, Penda, Khadidiatou, Kadi, Hawa, Mame Diarra, Adja"),
        _L("Diop, Ndiaye, N'Diaye, Fall, Sow, Diallo, Ba, Sy, Gueye, Faye, Sarr, Ndao, Mbaye, Cissé, Touré, "
           "Traoré, Keïta, Coulibaly, Diarra, Konaté, Camara, Sissoko, Dembélé, Kanté, Doumbia, Sangaré, "
           "Sylla, Thiam, Seck, Mbengue, Niang, Wade, Samaké, Diakité, Cissoko, N'Doye"),
    ),
    "antillean_haitian": (
        _L("Jean-Baptiste, Jean-Claude, Wilfried, Jean-Robert, Ronald, Wesner, Dieudonné, Frantz, "
           "Rodrigue, Ludovic, Steeve, Harry, Johnny, Wendell, Mackenson, Widlin, Jimmy, Lionel, Joël, "
           "Yvon, Roberson, Evens, Fénel, Guerby, Rolph, Dimitri, Jean-Marie, Wilson, Ketel, Fritzner, "
           "Prince"),
        _L("Marie-Ange, Rose-Marlène, Nadège, Guerline, Mirlande, Farah, Christelle, Gaëlle, Murielle, "
           "Ketly, Darline, Roseline, Lovely, Fabiola, Widline, Yolande, Edwige, Sherley, Myrlande, "
           "Manouchka, Dieula, Jeanine, Marlène, Lourdes, Fedna, Nirva, Marie-Flore, Loudna, Merveille, "
           "Espérance, Gina"),
        _L("Jean-Baptiste, Joseph, Pierre-Louis, Toussaint, Célestin, Charles, Saint-Fleur, Jean-Louis, "
           "Dorvil, Jolicoeur, Bien-Aimé, Lafortune, Désir, Augustin, Valcin, Exantus, Métellus, Auguste, "
           "Théodore, Louis-Jeune, Fils-Aimé, Saint-Louis, Narcisse, Larose, Cadet, Délice, Philogène, "
           "Marie-Sainte, Zénon, Calixte, Cazimir, Bellance, Hippolyte, Lubin"),
    ),
    "franco_vietnamese": (
        _L("Minh, Huy, Tuan, Dung, Hung, Long, Nam, Quang, Thanh, Trung, Duc, Hieu, Khoa, Phuc, Vinh, "
           "Bao, Khanh, Tien, Cuong, Hai, Son, Thang, Phong, Viet, Dat, Hoang, Loc, Tri, Tâm, Tuấn, "
           "Quốc, Jean-Minh"),
        _L("Lan, Hoa, Mai, Linh, Thu, Trang, Huong, Ngoc, Thuy, Hanh, Phuong, Yen, Nhung, Hien, Thao, "
           "Hang, My, Vy, Nga, Tuyet, Diep, Xuan, Kim, Uyen, Oanh, Bich, Loan, Quyen, Hương, Thảo, Ngọc Anh"),
        _L("Nguyen, Nguyễn, Tran, Trần, Le, Lê, Pham, Phạm, Hoang, Huynh, Phan, Vu, Võ, Vo, Dang, Bui, "
           "Do, Đỗ, Ho, Ngo, Duong, Ly, Truong, Dinh, Lam, Trinh, Luong, Ta, Cao, Quach, Doan, Chau, "
           "Ton That, Vuong"),
    ),
    "portuguese": (
        _L("João, José, António, Manuel, Joaquim, Francisco, Carlos, Paulo, Rui, Nuno, Pedro, Tiago, "
           "Bruno, Ricardo, Miguel, Luís, Fernando, Jorge, Sérgio, Vítor, Hélder, Diogo, Gonçalo, Rodrigo, "
           "Duarte, Afonso, Filipe, Mário, Armando, Américo, Albano, Adelino"),
        _L("Ana, Fernanda, Conceição, Fátima, Graça, Lurdes, Manuela, Sandra, Sónia, Cristina, Paula, "
           "Rita, Inês, Joana, Beatriz, Mariana, Catarina, Sofia, Carla, Susana, Teresa, Helena, Isabel, "
           "Alice, Leonor, Madalena, Rosário, Aldina, Olívia, Irene, Natália, Maria do Céu"),
        _L("Da Silva, dos Santos, Ferreira, Pereira, Oliveira, Rodrigues, Martins, Sousa, Fernandes, "
           "Gonçalves, Gomes, Lopes, Marques, Alves, Almeida, Ribeiro, Pinto, Carvalho, Teixeira, Moreira, "
           "Correia, Mendes, Nunes, Soares, Vieira, Monteiro, Cardoso, Rocha, Neves, Coelho, da Cruz, "
           "Cunha, Pires, de Sousa, Batista"),
    ),
}

VIET_MIDDLE = {"m": _L("Van, Văn, Duc, Minh, Quoc, Huu"), "f": _L("Thi, Thị, Thi Thu, Ngoc, Thanh")}

NICKNAMES = _L("Momo, Jojo, Nico, Manu, Titi, Lulu, Gigi, Peppe, Totò, Ciccio, Loulou, Dédé, Mimi, Zizou, "
               "Kiki, Seb, Steph, Fred, Toto, Bibi, Doudou, Nanou, Jeannot, Pierrot, Coco, Titou, Nounou, "
               "Pippo, Fanfan, Bouba, Mamou, Tchoupi, Ptit Louis, Gaby, Sissi, Lolo")

# which cultures serve which country, with weights
COUNTRY_CULTURES = {
    "FR": [("french", 30), ("breton_occitan", 8), ("corsican", 3), ("maghrebi", 18), ("west_african", 10),
           ("antillean_haitian", 8), ("franco_vietnamese", 6), ("portuguese", 8), ("italian_north", 3),
           ("italian_south", 3)],
    "BE": [("walloon", 28), ("flemish", 30), ("maghrebi", 16), ("west_african", 6), ("italian_south", 8),
           ("portuguese", 4), ("french", 4)],
    "NL": [("dutch", 50), ("maghrebi", 16), ("flemish", 5), ("antillean_haitian", 5), ("franco_vietnamese", 3),
           ("portuguese", 3)],
    "LU": [("luxembourgish", 40), ("portuguese", 25), ("french", 8), ("italian_north", 7), ("walloon", 5),
           ("maghrebi", 4), ("west_african", 3)],
    "CH": [("swiss_german", 36), ("romansh", 12), ("french", 12), ("italian_north", 12), ("portuguese", 8),
           ("maghrebi", 4), ("west_african", 3)],
    "IT": [("italian_north", 32), ("italian_south", 32), ("sardinian", 14), ("maghrebi", 6),
           ("west_african", 6), ("corsican", 2)],
    "MC": [("french", 25), ("italian_north", 25), ("corsican", 15), ("italian_south", 8), ("portuguese", 5),
           ("maghrebi", 5)],
    "QC": [("quebecois", 50), ("antillean_haitian", 16), ("maghrebi", 12), ("franco_vietnamese", 8),
           ("french", 6), ("west_african", 5)],
}
COUNTRY_W = [("FR", 26), ("BE", 15), ("NL", 12), ("LU", 8), ("CH", 11), ("IT", 14), ("MC", 4), ("QC", 10)]


# ------------------------------------------------------------- regional data
CITIES = {  # (city, postcode prefix)
    "FR": [("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Lille", "5900"), ("Bordeaux", "3300"),
           ("Toulouse", "3100"), ("Nantes", "4400"), ("Strasbourg", "6700"), ("Nice", "0600"),
           ("Saint-Denis", "93200"), ("Montreuil", "93100"), ("Rennes", "3500"), ("Brest", "29200"),
           ("Quimper", "29000"), ("Montpellier", "3400"), ("Ajaccio", "20000"), ("Bastia", "20200"),
           ("Villeneuve-d'Ascq", "59650"), ("Roubaix", "59100"), ("Vénissieux", "69200"), ("Créteil", "94000"),
           ("Argenteuil", "95100"), ("Pointe-à-Pitre", "97110"), ("Fort-de-France", "97200"),
           ("Sarcelles", "95200"), ("Saint-Étienne", "42000"), ("Grenoble", "3800"), ("Toulon", "8300")],
    "BE": [("Bruxelles", "1000"), ("Schaerbeek", "1030"), ("Anderlecht", "1070"), ("Molenbeek-Saint-Jean", "1080"),
           ("Liège", "4000"), ("Charleroi", "6000"), ("Namur", "5000"), ("Mons", "7000"), ("Antwerpen", "2000"),
           ("Gent", "9000"), ("Brugge", "8000"), ("Leuven", "3000"), ("Hasselt", "3500"), ("Mechelen", "2800"),
           ("Genk", "3600"), ("Ixelles", "1050"), ("Verviers", "4800"), ("La Louvière", "7100"),
           ("Seraing", "4100"), ("Kortrijk", "8500")],
    "NL": [("Amsterdam", "10"), ("Rotterdam", "30"), ("Den Haag", "25"), ("Utrecht", "35"), ("Eindhoven", "56"),
           ("Groningen", "97"), ("Tilburg", "50"), ("Almere", "13"), ("Breda", "48"), ("Nijmegen", "65"),
           ("Haarlem", "20"), ("Arnhem", "68"), ("Zaandam", "15"), ("Maastricht", "62"), ("Leiden", "23")],
    "LU": [("Luxembourg", "1"), ("Luxembourg", "2"), ("Esch-sur-Alzette", "4"), ("Differdange", "45"),
           ("Dudelange", "34"), ("Ettelbruck", "90"), ("Diekirch", "92"), ("Strassen", "80"),
           ("Hesperange", "59"), ("Pétange", "47"), ("Mersch", "75"), ("Wiltz", "95")],
    "CH": [("Zürich", "80"), ("Genève", "120"), ("Lausanne", "100"), ("Bern", "30"), ("Basel", "40"),
           ("Lugano", "690"), ("Winterthur", "84"), ("Luzern", "60"), ("St. Gallen", "90"), ("Biel/Bienne", "250"),
           ("Fribourg", "170"), ("Neuchâtel", "200"), ("Chur", "700"), ("Sion", "1950"), ("Bellinzona", "6500"),
           ("Scuol", "7550"), ("Disentis/Mustér", "7180")],
    "IT": [("Milano", "201"), ("Roma", "001"), ("Napoli", "801"), ("Torino", "101"), ("Palermo", "901"),
           ("Genova", "161"), ("Bologna", "401"), ("Firenze", "501"), ("Bari", "701"), ("Catania", "951"),
           ("Venezia", "301"), ("Verona", "371"), ("Cagliari", "091"), ("Sassari", "07100"), ("Nuoro", "08100"),
           ("Bergamo", "24100"), ("Brescia", "251"), ("Salerno", "841"), ("Reggio Calabria", "891"),
           ("Monza", "20900")],
    "MC": [("Monaco", "98000"), ("Monte-Carlo", "98000")],
    "QC": [("Montréal", "H"), ("Laval", "H7"), ("Québec", "G1"), ("Gatineau", "J8"), ("Longueuil", "J4"),
           ("Sherbrooke", "J1"), ("Saguenay", "G7"), ("Trois-Rivières", "G8"), ("Lévis", "G6"),
           ("Terrebonne", "J6")],
}
IT_PROV = {"Milano": "MI", "Roma": "RM", "Napoli": "NA", "Torino": "TO", "Palermo": "PA", "Genova": "GE",
           "Bologna": "BO", "Firenze": "FI", "Bari": "BA", "Catania": "CT", "Venezia": "VE", "Verona": "VR",
           "Cagliari": "CA", "Sassari": "SS", "Nuoro": "NU", "Bergamo": "BG", "Brescia": "BS", "Salerno": "SA",
           "Reggio Calabria": "RC", "Monza": "MB"}

STREETS = {
    "FR": _L("rue de la République, avenue Victor Hugo, boulevard Jean Jaurès, rue des Lilas, "
             "avenue du Général Leclerc, rue Pasteur, rue de la Paix, allée des Écoles, rue Gambetta, "
             "chemin du Moulin, rue de Verdun, rue Émile Zola, impasse des Roses, "
             "avenue Paul Vaillant-Couturier, route Nationale, rue Saint-Michel, allée des Acacias, "
             "rue du Château, place Molière, quai Voltaire, cours Mirabeau, rue Marcel Pagnol, "
             "bd de Strasbourg, av. de la Libération, rue Kerivoas, cité des Fleurs"),
    "BE": _L("rue de la Station, avenue Louise, chaussée de Waterloo, rue Haute, boulevard Anspach, "
             "rue des Déportés, avenue de la Couronne, rue Saint-Gilles, Kerkstraat, Stationsstraat, "
             "Grote Markt, Leuvensesteenweg, Nieuwstraat, Molenstraat, Dorpstraat, Turnhoutsebaan, "
             "chaussée de Gand, rue Royale, Brusselsesteenweg"),
    "NL": _L("Kerkstraat, Prinsengracht, Dorpsstraat, Hoofdstraat, Molenweg, Stationsweg, Julianalaan, "
             "Beatrixstraat, Schoolstraat, Wilhelminastraat, Kastanjelaan, Lindelaan, Parallelweg, "
             "Marktplein, Nieuwe Binnenweg, Amstelveenseweg, Laan van Meerdervoort, Vondelstraat, "
             "Kanaalweg, Burgemeester de Withstraat"),
    "LU": _L("rue de la Gare, route d'Arlon, boulevard Royal, Grand-Rue, rue de Hollerich, "
             "rue de Luxembourg, avenue de la Liberté, rue Principale, Haaptstrooss, rue de l'Alzette, "
             "route de Thionville, rue des Prés, am Duerf, rue du Fort Neipperg"),
    "CH": _L("Bahnhofstrasse, Hauptstrasse, Dorfstrasse, Seestrasse, Kirchweg, Langstrasse, Rosenweg, "
             "Rue du Rhône, Avenue de la Gare, Chemin des Vignes, Rue de Lausanne, Via Nassa, "
             "Via Cantonale, Via San Gottardo, Via da la Staziun, Quai du Mont-Blanc"),
    "IT": _L("Via Roma, Via Garibaldi, Corso Vittorio Emanuele II, Piazza del Popolo, Viale Monza, "
             "Via dei Mille, Via Mazzini, Via Toledo, Corso Buenos Aires, Via XX Settembre, Via Dante, "
             "Vico Lungo Montecalvario, Via Sassari, Viale Europa, Via della Libertà, Via Cavour, "
             "Corso Umberto I, Via Nazionale"),
    "MC": _L("avenue de Grande-Bretagne, rue des Genêts, boulevard Princesse Charlotte, rue Grimaldi, "
             "boulevard d'Italie, avenue de la Costa, boulevard du Jardin Exotique, rue Plati, "
             "avenue Saint-Michel, boulevard Rainier III"),
    "QC": _L("rue Saint-Denis, boulevard Saint-Laurent, rue Principale, chemin Sainte-Foy, 3e Avenue, "
             "avenue Papineau, rue Sherbrooke Est, boulevard René-Lévesque, rue Jean-Talon Ouest, "
             "avenue du Mont-Royal, boul. Henri-Bourassa, rue King Ouest, chemin de la Côte-des-Neiges, "
             "rue Ontario Est, 1re Rue"),
}
BUILDINGS = {
    "FR": _L("Bât. C, Bâtiment A, Résidence Les Tilleuls, Apt 34, esc. 2, Appt 12, Résidence du Parc bât. B"),
    "MC": _L("Le Millefiori, Villa Les Roses, Le Schuylkill, Les Floralies, Le Panorama"),
    "IT": _L("Palazzina B, Scala C"),
}
POBOX = {"FR": ["BP"], "BE": ["BP", "Postbus"], "NL": ["Postbus"], "LU": ["BP", "B.P."], "CH": ["Postfach", "Case postale", "Casella postale"],
         "IT": ["Casella Postale", "C.P."], "MC": ["BP"], "QC": ["C.P.", "Case postale"]}

TITLES = {
    "fr": {"m": ["M.", "Mr", "Monsieur", "monsieur", "M", "Mr.", "Dr"], "f": ["Mme", "Mme.", "Madame", "madame", "Mlle", "Mrs", "Ms", "Dr", "Me"]},
    "nl": {"m": ["dhr.", "Dhr", "meneer", "Mr", "de heer"], "f": ["mevr.", "Mevr", "mevrouw", "Mrs", "Ms", "mw."]},
    "de": {"m": ["Herr", "Hr.", "Mr", "Dr."], "f": ["Frau", "Fr.", "Mrs", "Dr."]},
    "it": {"m": ["sig.", "Sig.", "signor", "dott.", "Dott.", "Mr", "sig"], "f": ["sig.ra", "Sig.ra", "signora", "dott.ssa", "Mrs", "sig.ra"]},
    "pt": {"m": ["Sr.", "Senhor", "M."], "f": ["Sra.", "Dona", "D.", "Mme"]},
}
FAMILY_HON = {"m": ["tonton", "papi", "uncle", "zio", "nonno", "Hadj", "tonton", "oom", "papy"],
              "f": ["tata", "mamie", "auntie", "zia", "nonna", "Hadja", "tatie", "tante", "mémé"]}

TELCO = {"FR": _L("Orange, SFR, Bouygues Telecom, Free, Sosh, RED by SFR, B&YOU"),
         "BE": _L("Proximus, Telenet, Orange Belgium, BASE, Scarlet, Mobile Vikings, VOO"),
         "NL": _L("KPN, Ziggo, Odido, Vodafone, Simpel, Ben, Lebara"),
         "LU": _L("POST Luxembourg, Tango, Orange Luxembourg, POST"),
         "CH": _L("Swisscom, Sunrise, Salt, Wingo, yallo"),
         "IT": _L("TIM, Vodafone, WindTre, Iliad, Fastweb, ho. Mobile, Kena"),
         "MC": _L("Monaco Telecom"),
         "QC": _L("Vidéotron, Bell, Fizz, Telus, Koodo, Virgin Plus, Cogeco")}
ENERGY = {"FR": _L("EDF, Engie, TotalEnergies, ekWateur, Enedis, GRDF"),
          "BE": _L("Engie Electrabel, Luminus, TotalEnergies, Mega, Sibelga, Fluvius, ORES"),
          "NL": _L("Eneco, Vattenfall, Essent, Greenchoice"),
          "LU": _L("Enovos, Creos, Sudstroum"),
          "CH": _L("Romande Energie, EWZ, SIG, BKW, Groupe E"),
          "IT": _L("Enel, A2A, Hera, Eni Plenitude, Edison, Iren, Acea"),
          "MC": _L("SMEG"), "QC": _L("Hydro-Québec, Énergir")}
PLANS = {"FR": _L("Forfait 100Go, Série Free, B&YOU 130Go, Sosh 40Go, RED 80Go, Livebox Max Fibre, Freebox Pop, Bbox Must, Forfait 2€"),
         "BE": _L("Proximus Flex, Mobile Vikings 20GB, Telenet ONE, ONEup, Proximus Mobilus, VOO Trio"),
         "NL": _L("KPN Unlimited, Ziggo Internet Giga, Odido Unlimited, Ziggo Complete, Simpel 10GB, KPN Compleet"),
         "LU": _L("Scoubido, POST Fibre 1 Gbit, Tango Smart, Bob, Tango Home"),
         "CH": _L("blue Mobile M, Salt Swiss, Sunrise Up Mobile, inOne home, blue Internet L, Wingo Swiss"),
         "IT": _L("TIM Premium, WindTre Super Fibra, Iliad Flash 150, Fastweb NeXXt, Vodafone Silver, TIM Wifi Power"),
         "MC": _L("Forfait Monaco 4G, Fibre Monaco Max, Offre Next"),
         "QC": _L("Helix 1 Gbit, Fizz 30 Go, Bell Fibe 500, Koodo Prepaid, Mobilité Illimitée")}
SHOPS = {"FR": _L("Fnac, Darty, Boulanger, Carrefour, E.Leclerc, Auchan, Monoprix, Franprix, Picard, Decathlon, Leroy Merlin, Castorama, Kiabi, Jules, Sephora, Cdiscount, Mondial Relay, Chronopost, Relais Colis, Leboncoin"),
         "BE": _L("Delhaize, Colruyt, Carrefour, bpost, Krëfel, Vanden Borre, MediaMarkt, Hubo, Brico, Kruidvat, Action"),
         "NL": _L("Albert Heijn, Jumbo, HEMA, Coolblue, Bol.com, MediaMarkt, Blokker, Kruidvat, Gamma, Praxis, PostNL"),
         "LU": _L("Cactus, Auchan Kirchberg, Delhaize, Match, POST shop, Luxair"),
         "CH": _L("Migros, Coop, Manor, Digitec Galaxus, Interdiscount, Fust, Denner, La Poste"),
         "IT": _L("Esselunga, Conad, MediaWorld, Unieuro, Euronics, Amazon.it, Poste Italiane, BRT, Trenitalia, Italo"),
         "MC": _L("Carrefour Fontvieille, Monaco Telecom boutique, Casino Monte-Carlo shop"),
         "QC": _L("Jean Coutu, Pharmaprix, Uniprix, Canadian Tire, Rona, Simons, Best Buy, Costco, IGA, Maxi, Postes Canada, Purolator, Tim Hortons")}
APPS = _L("Orange et moi, MySFR, Espace Abonné Free, MyProximus, Mijn KPN, My Swisscom, MyTIM, app WindTre, "
          "Mon Vidéotron, itsme, DigiD, SwissID, SPID, LuxTrust, Payconiq, TWINT, Satispay, Lydia, Wero, "
          "Interac, Linky app, Mon Espace EDF, Hydro-Québec app, SBB Mobile, SNCF Connect, NS app")
STREAM = _L("Netflix, Canal+, Disney+, DAZN, Sky, Prime Video, Crave, Club illico, Molotov, Streamz, "
            "Videoland, blue TV, Zattoo, RaiPlay, Mediaset Infinity, TV5MONDE, RTL Play, myCANAL, Apple TV+")
MODELS = _L("Livebox 7, Livebox 6, Freebox Ultra, Freebox Pop, Bbox Ultym, Box 8 SFR, Fritz!Box 7590, "
            "Fritz!Box 7530, Sagemcom F@st 5670, Zyxel VMG8825, Huawei B535, Internet-Box 4, TIM HUB+, "
            "Giga Connect Box, iPhone 15 Pro, iPhone 13, Galaxy S24, Galaxy A54, SM-A546B, Pixel 8a, "
            "Xiaomi 13T, Redmi Note 12, Fairphone 5, TV box 4K, Decodeur UHD, Helix Fi, Home Hub 4000, "
            "Apple Watch SE, AirPods Pro 2, Nokia G22")
PLACES = _L("Gare du Nord, Bruxelles-Midi, Amsterdam Centraal, Milano Centrale, Roma Termini, Zürich HB, "
            "Genève Cornavin, Gare Centrale, Luxembourg Gare, Schiphol, Zaventem, CDG, Orly, Findel, "
            "Malpensa, Fiumicino, Linate, YUL, aéroport Jean-Lesage, Charles-de-Gaulle T2, La Défense, "
            "Part-Dieu, Châtelet-Les Halles, Kirchberg, Plateau-Mont-Royal, Rosemont, Bijlmer, Molenbeek, "
            "Scampia, Vomero, Trastevere, Navigli, Fontvieille, La Condamine, métro Jean-Talon, "
            "station Lionel-Groulx, Saint-Lazare, place Flagey, Porte de Clignancourt, Sesto San Giovanni, "
            "Torre del Greco, Porto-Vecchio, Villeneuve-Saint-Georges, Pierre-Elliott-Trudeau, "
            "Gare de Lausanne, Bahnhof Bern, Cagliari Elmas, Anvers-Central, Place Jourdan")
TEAMS = _L("Team Fidélisation, pôle Rétention, N2 Fibre, back-office Résiliation, équipe Recouvrement, "
           "Klantenservice Zakelijk, team Retentie, Servizio Clienti Business, reparto Fatturazione, "
           "Kundendienst, queue FR_MOBILE_N1, queue IT-FIBRA-2, Escalade Premium, cellule VIP, "
           "Customer Care Lux, Service à la clientèle, billing, N1 Mobile, team Winback, SAV Box, "
           "Tier 2, cellule Déménagement, Team Sunrise West, queue NL_RES_TECH, desk Ticino, Gold queue")
JARGON = _L("FCR, AHT 6min, NPS 10, CSAT 5/5, rappel J+1, geste co, KYC ok, mandat SEPA signé, portabilité ok, "
            "ticket clos, callback done, warm transfer, TT ouvert, RMA, escalade N2, SLA respecté, CRM à jour, "
            "survey sent, QA 98%, wrap-up ok, 1st call res, pas de rappel nécessaire, ACW 2min")
WINS = _L("big win, retention win, cust saved, client fidélisé, cliente fidelizzata, klant behouden, "
          "Kunde gehalten, super happy cx, 5 étoiles, happy ending, cx ravie, top top, nickel, trop contente, "
          "molto soddisfatta, super tevreden, mega blij, sehr zufrieden, full satisfait, ben content, "
          "tiguidou, c'est réglé, chapeau, great save, win win, tutto risolto, opgelost, erledigt")
THX = _L("thx, merci, mrc, grazie, bedankt, danke, merci vielmal, villmols merci, merci ben gros, "
         "merci bcp, grazie mille, dank je wel, thanks, ty, mercii, thx a lot")
CURRENCY = {"FR": "€", "BE": "€", "NL": "€", "LU": "€", "IT": "€", "MC": "€", "CH": "CHF", "QC": "$"}
LANG = {"FR": "fr", "BE": "fr", "NL": "nl", "LU": "fr", "CH": "de", "IT": "it", "MC": "fr", "QC": "fr"}
CULT_LANG = {"flemish": "nl", "dutch": "nl", "swiss_german": "de", "romansh": "de", "italian_north": "it",
             "italian_south": "it", "sardinian": "it", "portuguese": "pt"}
MONTHS = {"fr": _L("janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre"),
          "nl": _L("januari, februari, maart, april, mei, juni, juli, augustus, september, oktober, november, december"),
          "it": _L("gennaio, febbraio, marzo, aprile, maggio, giugno, luglio, agosto, settembre, ottobre, novembre, dicembre"),
          "de": _L("Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember"),
          "en": _L("Jan, Feb, March, April, May, June, July, Aug, Sept, Oct, Nov, Dec")}
MAIL_DOM = {"FR": _L("gmail.com, hotmail.fr, orange.fr, free.fr, sfr.fr, laposte.net, yahoo.fr, outlook.fr, wanadoo.fr"),
            "BE": _L("skynet.be, telenet.be, gmail.com, hotmail.be, proximus.be, voo.be, outlook.be"),
            "NL": _L("ziggo.nl, kpnmail.nl, hotmail.nl, gmail.com, live.nl, xs4all.nl, planet.nl"),
            "LU": _L("pt.lu, internet.lu, gmail.com, hotmail.com, post.lu"),
            "CH": _L("bluewin.ch, gmx.ch, sunrise.ch, hispeed.ch, gmail.com, outlook.com"),
            "IT": _L("libero.it, virgilio.it, alice.it, tiscali.it, gmail.com, hotmail.it, tim.it"),
            "MC": _L("monaco.mc, gmail.com, hotmail.fr"),
            "QC": _L("videotron.ca, hotmail.com, sympatico.ca, gmail.com, outlook.com, globetrotter.net")}
SYLL = _L("ka, lo, mi, ra, te, no, su, va, be, di, an, el, or, ju, sa, ti, ne, ma, ri, co")


# ------------------------------------------------------------- generators
def _digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def _luhn_complete(r, prefix, length):
    body = prefix + _digits(r, length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def _iban(r, cc, bban):
    conv = "".join(str(int(c, 36)) for c in (bban + cc + "00").upper())
    chk = 98 - int(conv) % 97
    return "%s%02d%s" % (cc, chk, bban)


def _alnum(r, n, letters="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(r.choice(letters + "0123456789") for _ in range(n))


def _upl(r, n, letters="ABCDEFGHJKLMNPRSTUVWXZ"):
    return "".join(r.choice(letters) for _ in range(n))


class _Gen:
    def __init__(self, r, listed):
        self.r = r
        self.listed = listed
        self.pools = {}
        allm, allf, allfam = [], [], []
        for cult, (m, f, fam) in CULTURES.items():
            pm = [x for x in m if _name_ok(x, listed)]
            pf = [x for x in f if _name_ok(x, listed)]
            pfam = [x for x in fam if _name_ok(x, listed)]
            self.pools[cult] = (pm, pf, pfam)
            allm += pm
            allf += pf
            allfam += pfam
        self.allm, self.allf, self.allfam = allm, allf, allfam
        self.nicks = [x for x in NICKNAMES if _name_ok(x, listed)]
        self.vmid = {s: [x for x in v if _name_ok(x, listed)] for s, v in VIET_MIDDLE.items()}

    # -- names
    def _invent(self):
        r = self.r
        for _ in range(200):
            w = "".join(r.choice(SYLL) for _ in range(r.randint(2, 3))).capitalize()
            if _name_ok(w, self.listed):
                return w
        return "Zqx"

    def _pick(self, pool, fallback):
        if pool:
            return self.r.choice(pool)
        if fallback:
            return self.r.choice(fallback)
        return self._invent()

    def person(self, country, culture=None, sex=None):
        r = self.r
        if culture is None:
            cs = COUNTRY_CULTURES[country]
            culture = r.choices([c for c, _ in cs], [w for _, w in cs])[0]
        sex = sex or r.choice("mf")
        pm, pf, pfam = self.pools[culture]
        given = self._pick(pm if sex == "m" else pf, self.allm if sex == "m" else self.allf)
        family = self._pick(pfam, self.allfam)
        middle = None
        if culture == "franco_vietnamese" and self.vmid[sex] and r.random() < 0.4:
            middle = r.choice(self.vmid[sex])
        lang = CULT_LANG.get(culture, LANG[country])
        if country == "BE" and culture == "walloon":
            lang = "fr"
        if country == "CH" and culture == "french":
            lang = "fr"
        if country in ("FR", "MC", "QC", "LU") and culture in ("romansh", "swiss_german"):
            lang = "fr"
        return {"given": given, "family": family, "sex": sex, "culture": culture, "middle": middle, "lang": lang}

    def nick(self):
        return self._pick(self.nicks, self.allm + self.allf)

    def title(self, p):
        return self.r.choice(TITLES[p["lang"]][p["sex"]])

    def name_segs(self, p, style=None):
        r = self.r
        g, f = p["given"], p["family"]
        if p["middle"] and r.random() < 0.7:
            g = g + " " + p["middle"] if r.random() < 0.5 else g
            if p["culture"] == "franco_vietnamese" and style is None and r.random() < 0.6:
                style = "vn"
        if style is None:
            style = r.choices(
                ["full", "given", "tfam", "tfull", "UPfirst", "UPcomma", "lowcomma", "famfirst", "tafter",
                 "givenUP", "nick", "lower", "famonly"],
                [26, 12, 12, 6, 6, 6, 4, 5, 3, 4, 3, 4, 3])[0]
        o = "o"
        if style == "vn":
            mid = p["middle"] or ""
            nm = (f + " " + (mid + " " if mid else "") + p["given"])
            if r.random() < 0.4:
                nm = f.upper() + " " + (mid + " " if mid else "") + p["given"]
            return [(nm, "name")]
        if style == "full":
            return [(g + " " + f, "name")]
        if style == "given":
            return [(g, "name")]
        if style == "famonly":
            return [(f, "name")]
        if style == "tfam":
            return [(self.title(p) + " ", o), (f, "name")]
        if style == "tfull":
            return [(self.title(p) + " ", o), (g + " " + f, "name")]
        if style == "UPfirst":
            return [(f.upper() + " " + g, "name")]
        if style == "UPcomma":
            return [(f.upper(), "name"), (", ", o), (g, "name")]
        if style == "lowcomma":
            return [(f.lower(), "name"), (", ", o), (g.lower(), "name")]
        if style == "famfirst":
            return [(f + " " + g, "name")]
        if style == "tafter":
            t = self.title(p)
            if r.random() < 0.5:
                return [(f, "name"), (" (" + t + ")", o)]
            return [(g + " " + f, "name"), (", " + t, o)]
        if style == "givenUP":
            return [(g + " " + f.upper(), "name")]
        if style == "nick":
            return [(self.nick(), "name")]
        if style == "lower":
            return [((g + " " + f).lower(), "name")]
        return [(g + " " + f, "name")]

    # -- contact data
    def phone(self, c):
        r = self.r
        d = lambda n: _digits(r, n)
        if c == "FR":
            pre = r.choice(["6", "7", "1", "4", "9", "6", "7"])
            if r.random() < 0.08:
                pre = r.choice(["690", "696"])
                rest = d(6)
                return "0" + pre + " " + rest[:2] + " " + rest[2:4] + " " + rest[4:]
            rest = d(8)
            pairs = [rest[i:i + 2] for i in range(0, 8, 2)]
            k = r.randint(0, 5)
            if k == 0:
                return "0" + pre + " " + " ".join(pairs)
            if k == 1:
                return "0" + pre + rest
            if k == 2:
                return "0" + pre + "." + ".".join(pairs)
            if k == 3:
                return "+33 " + pre + " " + " ".join(pairs)
            if k == 4:
                return "+33" + pre + rest
            return "0" + pre + "-" + "-".join(pairs)
        if c == "BE":
            if r.random() < 0.75:
                m = "4" + r.choice("6789") + d(1)
                rest = d(6)
                k = r.randint(0, 3)
                if k == 0:
                    return "0" + m + " " + rest[:2] + " " + rest[2:4] + " " + rest[4:]
                if k == 1:
                    return "0" + m + "/" + rest[:2] + "." + rest[2:4] + "." + rest[4:]
                if k == 2:
                    return "+32 " + m + " " + rest[:2] + " " + rest[2:4] + " " + rest[4:]
                return "+32" + m + rest
            a = r.choice(["2", "4", "9", "3", "71", "81", "65"])
            rest = d(8 - len(a))
            if r.random() < 0.5:
                return "0" + a + "/" + rest[:-4] + "." + rest[-4:-2] + "." + rest[-2:]
            return "0" + a + " " + rest[:-4] + " " + rest[-4:-2] + " " + rest[-2:]
        if c == "NL":
            rest = d(8)
            k = r.randint(0, 5)
            if k == 0:
                return "06-" + rest
            if k == 1:
                return "06 " + rest
            if k == 2:
                return "+31 6 " + rest
            if k == 3:
                return "+316" + rest
            if k == 4:
                a = r.choice(["020", "010", "070", "030", "040"])
                return a + "-" + d(7)
            return "0031 6 " + rest[:4] + " " + rest[4:]
        if c == "LU":
            m = r.choice(["621", "661", "691", "671", "628"])
            rest = d(6)
            k = r.randint(0, 3)
            if k == 0:
                return m + " " + rest[:3] + " " + rest[3:]
            if k == 1:
                return "+352 " + m + " " + rest[:3] + " " + rest[3:]
            if k == 2:
                return "00352 " + m + rest
            return "+352 " + d(2) + " " + d(2) + " " + d(2)
        if c == "CH":
            m = r.choice(["79", "78", "76", "77", "44", "22", "21", "31", "91", "81"])
            rest = d(7)
            g = rest[:3] + " " + rest[3:5] + " " + rest[5:]
            k = r.randint(0, 3)
            if k == 0:
                return "0" + m + " " + g
            if k == 1:
                return "+41 " + m + " " + g
            if k == 2:
                return "0041 " + m + " " + g
            return "+41" + m + rest
        if c == "IT":
            if r.random() < 0.75:
                m = "3" + r.choice(["33", "47", "40", "28", "49", "38", "20", "51", "66", "89"])
                rest = d(7)
                k = r.randint(0, 3)
                if k == 0:
                    return m + " " + rest[:3] + " " + rest[3:]
                if k == 1:
                    return m + " " + rest
                if k == 2:
                    return "+39 " + m + " " + rest[:3] + " " + rest[3:]
                return "+39" + m + rest
            a = r.choice(["02", "06", "081", "011", "091", "070", "055"])
            return a + " " + d(4) + " " + d(4 if len(a) == 2 else 3)
        if c == "MC":
            if r.random() < 0.6:
                rest = d(8)
                return "+377 6 " + " ".join(rest[i:i + 2] for i in range(0, 8, 2))
            rest = d(6)
            return r.choice(["+377 93 ", "+377 97 ", "00377 92 ", "+377 99 "]) + rest[:2] + " " + rest[2:4] + " " + rest[4:]
        # QC
        a = r.choice(["514", "438", "450", "418", "819", "579", "367", "873"])
        ex = str(r.randint(2, 9)) + d(2)
        ln = d(4)
        k = r.randint(0, 5)
        if k == 0:
            return a + "-" + ex + "-" + ln
        if k == 1:
            return "(" + a + ") " + ex + "-" + ln
        if k == 2:
            return a + "." + ex + "." + ln
        if k == 3:
            return "+1 " + a + " " + ex + " " + ln
        if k == 4:
            return "1-" + a + "-" + ex + "-" + ln
        return a + " " + ex + "-" + ln

    def email(self, c, p):
        r = self.r
        g = re.sub(r"[^a-z]", "", _fold(p["given"]))
        f = re.sub(r"[^a-z]", "", _fold(p["family"]))
        yy = str(r.randint(50, 99)) if r.random() < 0.5 else str(r.randint(1, 99))
        k = r.randint(0, 7)
        local = [g + "." + f, g[:1] + "." + f, f + "." + g, g + f + yy, g + "_" + f, g + yy,
                 f + g[:1] + yy, g + "." + f + str(r.randint(1, 9))][k]
        return local + "@" + r.choice(MAIL_DOM[c])

    def postcode(self, c, pref):
        r = self.r
        d = lambda n: _digits(r, n)
        if c in ("FR", "IT", "MC"):
            if len(pref) == 5:
                return pref
            if c == "FR" and pref == "750":
                return "750" + "%02d" % r.randint(1, 20)
            if c == "FR" and pref == "130":
                return "130" + "%02d" % r.randint(1, 16)
            return pref + d(5 - len(pref))
        if c == "BE":
            pc = pref
            return ("B-" + pc) if r.random() < 0.2 else pc
        if c == "NL":
            num = pref + d(2)
            lt = _upl(r, 2, "ABCEGHJKLMNPRTVWXZ")
            k = r.randint(0, 2)
            return [num + " " + lt, num + lt, num + " " + lt.lower()][k]
        if c == "LU":
            pc = pref + d(4 - len(pref))
            return ("L-" + pc) if r.random() < 0.6 else pc
        if c == "CH":
            pc = pref + d(4 - len(pref))
            return ("CH-" + pc) if r.random() < 0.2 else pc
        # QC
        L = "ABCEGHJKLMNPRSTVXY"
        first = pref if len(pref) == 2 else pref + r.choice("123456789")
        pc = first + r.choice(L) + " " + d(1) + r.choice(L) + d(1)
        return pc if r.random() < 0.8 else pc.replace(" ", "")

    def street(self, c):
        r = self.r
        st = r.choice(STREETS[c])
        num = str(r.choice([r.randint(1, 40), r.randint(1, 200), r.randint(1, 9)]))
        if r.random() < 0.06:
            return r.choice(POBOX[c]) + " " + str(r.randint(10, 9999))
        if c in ("FR", "MC"):
            if r.random() < 0.15:
                num += r.choice([" bis", "bis", " ter", "B"])
            s = num + " " + st
            if r.random() < 0.25:
                s = r.choice(BUILDINGS[c]) + ", " + s
            return s
        if c == "LU":
            return num + ", " + st if r.random() < 0.7 else num + " " + st
        if c == "BE":
            s = st + " " + num
            if r.random() < 0.3:
                s += r.choice([" bte ", " bus ", "/", " boîte "]) + str(r.randint(1, 30))
            return s
        if c == "NL":
            s = st + " " + num
            if r.random() < 0.3:
                s += r.choice(["A", "B", "-1", "-2", " hs", " III", "-bis"])
            return s
        if c == "CH":
            s = st + " " + num + (r.choice(["", "", "a", "b"]))
            return s
        if c == "IT":
            s = st + (", " if r.random() < 0.4 else " ") + num + r.choice(["", "", "", "/A", "/B"])
            if r.random() < 0.25:
                s += r.choice([", int. ", ", scala B int. ", " int "]) + str(r.randint(1, 20))
            return s
        # QC
        num = str(r.randint(100, 9999))
        s = num + (", " if r.random() < 0.3 else " ") + st
        if r.random() < 0.3:
            s = (str(r.randint(1, 12)) + "-" + s) if r.random() < 0.5 else s + ", app. " + str(r.randint(1, 30))
        return s

    def address(self, c):
        """full address: street, postcode, city -> segments"""
        r = self.r
        city, pref = r.choice(CITIES[c])
        st = self.street(c)
        pc = self.postcode(c, pref)
        sep = r.choice([", ", ", ", " ", " - "])
        k = r.random()
        if c == "QC":
            if k < 0.6:
                return [(st, "address"), (", ", "o"), (city, "~"), (r.choice([" (Québec) ", " QC ", ", QC "]), "o"), (pc, "postcode")]
            if k < 0.8:
                return [(st, "address"), (sep, "o"), (pc, "postcode")]
            return [(st, "address"), (", ", "o"), (city, "~")]
        if k < 0.7:
            segs = [(st, "address"), (sep, "o"), (pc, "postcode"), (" ", "o"), (city, "~")]
            if c == "IT" and r.random() < 0.5:
                segs.append((" (" + IT_PROV[city] + ")" if r.random() < 0.5 else " " + IT_PROV[city], "o"))
            return segs
        if k < 0.85:
            return [(st, "address"), (sep, "o"), (pc, "postcode")]
        return [(st, "address"), (", ", "o"), (city, "~")]

    def card(self):
        r = self.r
        pre = r.choice(["4", "4", "51", "53", "55", "2221", "6703", "4970"])
        num = _luhn_complete(r, pre, 16)
        k = r.randint(0, 3)
        if k == 0:
            return " ".join(num[i:i + 4] for i in range(0, 16, 4))
        if k == 1:
            return num
        if k == 2:
            return "-".join(num[i:i + 4] for i in range(0, 16, 4))
        return num[:4] + " " + num[4:10] + " " + num[10:]

    def card_masked(self):
        r = self.r
        last = _digits(r, 4)
        k = r.randint(0, 4)
        return ["**** **** **** " + last, "XXXX XXXX XXXX " + last, "xxxx-xxxx-xxxx-" + last,
                "************" + last, r.choice(["4970", "5132", "4563"]) + " **** **** " + last][k]

    def iban(self, c):
        r = self.r
        if c in ("FR", "MC", "QC"):
            cc = c if c == "MC" else "FR"
            bban = _digits(r, 10) + _alnum(r, 11, "") + _digits(r, 2)
        elif c == "BE":
            cc, bban = "BE", _digits(r, 12)
        elif c == "NL":
            cc, bban = "NL", r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "BUNQ", "KNAB"]) + _digits(r, 10)
        elif c == "LU":
            cc, bban = "LU", _digits(r, 3) + _digits(r, 13)
        elif c == "CH":
            cc, bban = "CH", _digits(r, 5) + _digits(r, 12)
        else:
            cc, bban = "IT", r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + _digits(r, 10) + _digits(r, 12)
        ib = _iban(r, cc, bban)
        if r.random() < 0.6:
            ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        return ib

    def ip(self):
        r = self.r
        if r.random() < 0.2:
            return "2a01:" + ":".join("%x" % r.randint(0, 65535) for _ in range(7))
        first = r.choice([90, 82, 78, 81, 84, 145, 85, 178, 93, 188, 62, 213, 151, 79, 24, 70, 176])
        return "%d.%d.%d.%d" % (first, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

    def url(self, p):
        r = self.r
        g = re.sub(r"[^a-z]", "", _fold(p["given"]))
        f = re.sub(r"[^a-z]", "", _fold(p["family"]))
        n = _digits(r, 8)
        k = r.randint(0, 9)
        return ["facebook.com/" + g + "." + f + "." + str(r.randint(1, 99)),
                "https://www.facebook.com/profile.php?id=1000" + _digits(r, 11),
                "instagram.com/" + g + "_" + f[:4],
                "https://www.linkedin.com/in/" + g + "-" + f + "-" + "%x" % r.randint(4096, 65535) + "a",
                "https://www.vinted.fr/member/" + n + "-" + g + f[:3],
                "tiktok.com/@" + g + f + str(r.randint(1, 99)),
                "https://www.marktplaats.nl/u/" + g + "/" + n + "/",
                "https://www.subito.it/utente/" + n,
                "https://www.2dehands.be/u/" + g + "-" + f + "/" + n + "/",
                "https://www.leboncoin.fr/profile/" + _alnum(r, 8).lower() + "-" + n[:4]][k]

    def dob(self, lang):
        r = self.r
        y, m, d = r.randint(1938, 2005), r.randint(1, 12), r.randint(1, 28)
        k = r.randint(0, 8)
        if k == 0:
            return "%02d/%02d/%d" % (d, m, y)
        if k == 1:
            return "%02d.%02d.%d" % (d, m, y)
        if k == 2:
            return "%02d-%02d-%02d" % (d, m, y % 100)
        if k == 3:
            return "%d-%02d-%02d" % (y, m, d)
        if k == 4:
            L = lang if lang in MONTHS else "fr"
            return ("1er" if (d == 1 and L == "fr") else str(d)) + " " + MONTHS[L][m - 1] + " " + str(y)
        if k == 5:
            return "%d/%d/%02d" % (d, m, y % 100)
        if k == 6:
            return MONTHS["en"][m - 1] + " " + str(d) + ", " + str(y)
        if k == 7:
            return "%d %s %d" % (d, MONTHS["it" if lang == "it" else "fr"][m - 1], y)
        return "%02d%02d%d" % (d, m, y)

    def natid(self, c, p):
        """returns (cue, value)"""
        r = self.r
        d = lambda n: _digits(r, n)
        sx = "1" if p["sex"] == "m" else "2"
        if c in ("FR", "MC") and r.random() < 0.6 or c == "FR":
            k = r.randint(0, 3)
            if k == 0:
                v = sx + " " + d(2) + " " + d(2) + " " + d(2) + " " + d(3) + " " + d(3) + " " + d(2)
                return r.choice(["n° sécu", "NIR", "num secu", "sécu"]), v
            if k == 1:
                return r.choice(["passeport", "passport no", "passeport n°"]), d(2) + _upl(r, 2) + d(5)
            if k == 2:
                return r.choice(["CNI", "carte d'identité", "ID card"]), _alnum(r, 9)
            return r.choice(["permis", "permis de conduire n°"]), d(2) + _upl(r, 2) + d(5) + d(3)
        if c == "MC":
            return r.choice(["carte de résident", "titre de séjour n°"]), d(6)
        if c == "BE":
            if r.random() < 0.6:
                return r.choice(["RRN", "registre national", "rijksregisternummer", "NN"]), \
                    d(2) + "." + d(2) + "." + d(2) + "-" + d(3) + "." + d(2)
            return r.choice(["eID", "carte eID n°", "identiteitskaart"]), d(3) + "-" + d(7) + "-" + d(2)
        if c == "NL":
            if r.random() < 0.6:
                return r.choice(["BSN", "bsn", "burgerservicenummer"]), d(9)
            return r.choice(["paspoort", "ID-kaart", "rijbewijs nr"]), _upl(r, 2) + _alnum(r, 6) + d(1)
        if c == "LU":
            m = d(13)
            return r.choice(["matricule", "matricule CNS", "n° sécu"]), (m if r.random() < 0.5 else m[:4] + " " + m[4:8] + " " + m[8:])
        if c == "CH":
            return r.choice(["AHV", "AVS", "n° AVS", "AHV-Nr."]), "756." + d(4) + "." + d(4) + "." + d(2)
        if c == "IT":
            if r.random() < 0.7:
                cf = _upl(r, 6, "BCDFGLMNPRSTVZ") + d(2) + r.choice("ABCDEHLMPRST") + d(2) + r.choice("ABCDEFGHLM") + d(3) + _upl(r, 1)
                return r.choice(["CF", "codice fiscale", "cod. fiscale", "c.f."]), cf
            return r.choice(["carta d'identità", "CI n.", "patente"]), _upl(r, 2) + d(5) + _upl(r, 2)
        # QC
        if r.random() < 0.5:
            return r.choice(["RAMQ", "carte soleil", "assurance maladie"]), _upl(r, 4, "ABCDEFGHJKLMNPRSTVWXYZ") + " " + d(4) + " " + d(4)
        if r.random() < 0.5:
            return r.choice(["NAS", "SIN"]), d(3) + (r.choice(["-", " "])) + d(3) + r.choice(["-", " "]) + d(3)
        return r.choice(["permis SAAQ", "permis de conduire"]), _upl(r, 1) + d(4) + "-" + d(6) + "-" + d(2)

    def some_id(self, c, p, kind=None):
        """account / order / ticket / meter / tracking / booking / policy / username -> (cue, value)"""
        r = self.r
        d = lambda n: _digits(r, n)
        kind = kind or r.choice(["acct", "order", "ticket", "meter", "track", "booking", "policy", "user", "acct", "order", "ticket"])
        lang = LANG[c]
        if kind == "acct":
            cue = {"fr": ["n° client", "réf client", "compte", "contrat", "acct", "n° abonné"],
                   "nl": ["klantnummer", "klantnr", "acct", "contractnr"],
                   "de": ["Kundennummer", "Kd-Nr.", "acct", "Vertragsnr"],
                   "it": ["codice cliente", "cod. cliente", "n. contratto", "acct"]}[lang]
            v = r.choice([d(10), d(8), "1." + d(8), "C" + d(9), d(3) + "-" + d(4) + "-" + d(3), "0" + d(9)])
        elif kind == "order":
            cue = r.choice([["commande", "cmd", "order", "n° commande"], ["bestelling", "order", "bestelnr"],
                            ["Bestellung", "order", "Auftrag"], ["ordine", "order", "n. ordine"]][["fr", "nl", "de", "it"].index(lang)])
            cue = [cue]
            v = r.choice(["#" + d(9), c + d(4) + "-" + d(6), d(3) + "-" + d(7) + "-" + d(7), "CMD" + d(8), d(10)])
        elif kind == "ticket":
            cue = ["ticket", "tkt", "dossier", "case", "réclamation n°", "pratica", "melding", "ref"]
            v = r.choice(["#" + d(7), "INC" + d(7), d(2) + "-" + d(7), "CAS-" + d(6) + "-" + _upl(r, 4), "TT" + d(8), d(8)])
        elif kind == "meter":
            if c == "FR":
                cue, v = ["PDL", "n° PDL", "PRM", "PCE"], d(14)
            elif c == "BE":
                cue, v = ["EAN", "code EAN"], "5414" + d(14)
            elif c == "NL":
                cue, v = ["EAN", "EAN-code"], "8716" + d(14)
            elif c == "IT":
                cue, v = ["POD", "PDR"], r.choice(["IT001E" + d(8), d(14)])
            elif c == "QC":
                cue, v = ["n° compteur", "compteur"], d(9)
            else:
                cue, v = ["compteur", "Zählernummer", "n° compteur"], d(8)
        elif kind == "track":
            cue = ["colis", "tracking", "suivi", "track & trace", "n. spedizione", "Sendungsnummer"]
            v = r.choice(["6A" + d(11), "3S" + _upl(r, 4) + d(9), "JJD" + d(15), "1Z" + _alnum(r, 16),
                          "CC" + d(9) + "FR", "LX" + d(9) + "NL", d(12)])
        elif kind == "booking":
            cue = ["PNR", "booking", "réservation", "dossier voyage", "prenotazione", "boekingsnr"]
            v = _upl(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        elif kind == "policy":
            cue = ["police n°", "contrat assurance", "policy", "polis", "polizza n.", "Police Nr."]
            v = r.choice([d(4) + "-" + d(4) + "-" + d(2), d(10), "AX" + d(8), d(3) + "." + d(3) + "." + d(3)])
        else:
            cue = ["username", "login", "identifiant", "user", "pseudo", "gebruikersnaam"]
            g = re.sub(r"[^a-z]", "", _fold(p["given"]))
            f = re.sub(r"[^a-z]", "", _fold(p["family"]))
            v = r.choice([g[:1] + f + str(r.randint(1, 99)), g + "." + f[:1] + str(r.randint(50, 99)),
                          f + "_" + g[:3], g + str(r.randint(100, 9999))])
        return r.choice(cue), v


# ------------------------------------------------------------- templates
ALL = None
FRQ = ("FR", "BE", "LU", "MC", "QC", "CH")
NLB = ("NL", "BE")
ITC = ("IT", "CH")

# notes WITH personal data
PII_TEMPLATES = [
    (ALL, "cust {C} called re {telco} bill, ended up upgrading to {plan}, super happy {thx}"),
    (FRQ, "cx {Cg} rappelée pour la box {prod}, pb réglé en {dur}, {il} a dit merci {n} fois lol"),
    (ALL, "Spoke to {Ct} about the {energy} payment plan, set up {n} instalments of {amt}, very grateful"),
    (ALL, "{Ccrm} - {TKT} - geste co {amt} accordé, {win}"),
    (ALL, "big thanks to {A} from billing who sorted {Cposs} refund in one call"),
    (ALL, "caller {C} tel {P} wanted to cancel, saved w/ {plan} offer, NPS {nps}"),
    (FRQ, "client {C}, {ADDR}, technicien passé ce matin, fibre ok, très content(e)"),
    (ALL, "new email for cx: {E} - updated in CRM, sent confirmation, {win}"),
    (ALL, "{Cg} ({P}) asked for callback at {time}, {A} did it, sale closed {amt}"),
    (ALL, "verified {Ct} via {DOB} and {NID}, account unlocked, {pr} was so relieved"),
    (ALL, "refund to {IBAN} confirmed for {C}, {thx} {A}"),
    (ALL, "card {CARDM} updated for {Cfull}, no more failed direct debit, {win}"),
    (ALL, "cust paid {amt} with card {CARD} over the phone, pls mask recording!! {ORD} released"),
    (ALL, "{ORD} for {Cg} shipped, {TRK}, cust very happy w/ {Aposs} follow up"),
    (ALL, "{Aat} thx for the warm transfer, {C} signed the {plan} {win}"),
    (ALL, "login issue fixed, IP {IP} was blocked by fraud rules, whitelisted, {C} happy"),
    (ALL, "cx sent {his} profile {URL} to prove it was {him} lol, anyway {Cg} now on {plan}"),
    (("IT",), "la {sig} {Cfam} ha chiamato per la bolletta {energy}, attivata la rateizzazione, molto soddisfatta, grazie {A}"),
    (("IT",), "cliente {C} nato il {dob}, {NID} verificato, voltura completata, ringrazia tanto"),
    (("FR", "BE", "LU", "MC"), "{Ct} très satisfaite de l'accueil de {A}, {TKT} clôturé, merci à toute l'équipe"),
    (("FR", "BE", "LU", "MC", "CH"), "appel de {C} pour son déménagement, nouvelle adresse {ADDR}, box transférée sans frais"),
    (NLB, "klant {C} belde over storing, monteur komt {day}, heel blij met {A}, top gesprek"),
    (NLB, "{Ct} nieuw adres {ADDR}, verhuizing geregeld, {win}"),
    (("BE",), "{Cg} uit {city} heeft ons bedankt, nieuw gsm-nummer {P}, merci {A}"),
    (("QC",), "Le client {C} a appelé pour son compte {energy}, entente de paiement, tel {P}, très reconnaissant"),
    (("CH",), "{Ct} neue Nummer {P}, Kündigung zurückgezogen, merci vielmal {A}"),
    (("LU",), "moien, {C} switched to {plan}, adresse {ADDR}, {thx}"),
    (ALL, "{C} and {his} {rel} {R} both moved to {plan}, family discount, {thx}"),
    (ALL, "{Cfull} super happy, {win}, {jar}"),
    (ALL, "{win} today, shout out to {A} and {B} for the teamwork on the {team} queue"),
    (ALL, "cust {USR} reset, {C} back online in {dur}"),
    (ALL, "{BKG} for {C} rebooked on the {time} train to {city}, no fee, very grateful"),
    (ALL, "{POL} - {Ct} got the claim paid {amt}, thanked {A} twice"),
    (FRQ, "{MTR} relevé ok, client {C} remboursé {amt}, {win}"),
    (ALL, "handled by {A} (N2), cx {C} {P} {E}, all good"),
    (ALL, "{Cq} as {pr} likes to be called, real name {Cfull}, sorted the SIM swap"),
    (ALL, "cust {C} birthday {dob} wants the bday promo, applied {amt} off {plan}"),
    (ALL, "{Cposs} {rel} {R} called on {his} behalf, procuration on file, résolu"),
    (ALL, "{H} called again lol, this time only to say thanks for the {prod}, {thx}"),
    (ALL, "IBAN {IBAN} added for SEPA mandate, {Ct} switched from card, saves fees"),
    (ALL, "email {E} bounced, cust gave new one, {Cg} confirmed, facture renvoyée"),
    (ALL, "{C} / {P} / {ADDR} - livraison {shop} reprogrammée, cust happy"),
    (ALL, "callback done {time} w/ {C}, said {A} is the best agent ever"),
    (ALL, "cx is {C}, {Rposs} partner, authorised on acct, changed plan to {plan}"),
    (("IT",), "grazie a {A} del reparto fatturazione, il {sigm} {Cfam} ha ricevuto il rimborso di {amt} sul conto {IBAN}"),
    (FRQ, "rappel effectué à {C} au {P}, tout est rentré dans l'ordre, {il} nous remercie"),
    (ALL, "invoices now sent to {STREET}, {PC}, cust {C} satisfied"),
    (ALL, "id checked ({NID}), {C} gets the senior discount, happy"),
    (ALL, "cust wrote from {E} and posted a 5 star review, {Cg} thanked {A} publicly"),
    (ALL, "{C} rang from {place}, roaming fixed, reachable on {P}, {thx}"),
    (ALL, "transfer from {A} on the {team} queue, cust {C}, {ACC}, retention win"),
    (ALL, "{ACC} {Ccrm} dob {dob} kyc ok, {plan} activated"),
    (ALL, "{C} {P}"),
    (ALL, "spoke to {C}, {pr} had been waiting since {date}, fixed in {dur} {win}"),
    (ALL, "thanks to {A}, {Cposs} {prod} got replaced under warranty"),
    (ALL, "{Cfam} family: {C} and {R}, {n} lines on {plan}, total {amt}/month"),
    (("QC",), "{C} de {city}, {ADDR}, nouveau modem {prod} installé, {win}"),
    (("NL",), "klant {C}, geb. {dob}, {NID} gecheckt, {plan} afgesloten, heel tevreden"),
    (("CH",), "Kunde {C}, {ADDR}, {ACC}, Umzug erledigt, sehr zufrieden"),
    (("IT", "CH"), "ciao {Aat}, {C} ha confermato il numero {P}, tutto ok {thx}"),
    (ALL, "{Cg} was lovely, paid the overdue {amt} by card {CARDM}, account reactivated"),
    (ALL, "cx {C} forgot username, gave new one: {USR}, portal access ok"),
    (ALL, "cust opened {TKT} via web, link {URL} in notes, closed today, {win}"),
    (ALL, "{C} moved in with {his} {rel} {R} at {ADDR}, merged contracts"),
    (FRQ, "la cliente {C} est ravie, {A} a trouvé la solution, son colis {trkno} est arrivé"),
    (ALL, "suspicious logins from {IP} and {IP2} blocked, {C} confirmed new device, password reset ok"),
    (ALL, "cx found our page via {his} own post {URL}, {Cg} now a fan lol, {win}"),
    (ALL, "{C} {DOB} {E} {P} - KYC passed, {plan} live"),
    (ALL, "fraud check ok for {Ct}, session IP {IP}, card {CARDM} kept, {thx} {A}"),
    (ALL, "{Cg} {Cfam2} says merci, {his} {energy} contract is now in {his} name at {STREET}"),
]

# notes WITHOUT personal data
NOPII_TEMPLATES = [
    (ALL, "{telco} {plan} retention win, cust stayed after offer of {amt} off for {n} months"),
    (ALL, "fibre install done in {city}, ONT swapped, speed test {speed}, cx very happy"),
    (ALL, "cx mega content, {prod} replaced under warranty via {shop} {city}"),
    (ALL, "{jar}, {jar2}, geste co {amt}, {win}"),
    (FRQ, "résiliation annulée, client reste chez {telco}, passage sur {plan}"),
    (FRQ, "la cliente a reçu son avoir de {amt}, facture corrigée, merci au {team}"),
    (NLB, "klant blij, storing opgelost binnen {dur}, modem {prod} gereset"),
    (("IT",), "cliente soddisfatta, {plan} attivata, rimborso di {amt} in fattura"),
    (ALL, "retention: cust wanted to leave for {telco2}, matched at {amt}/month, {win}"),
    (ALL, "parcel stuck at {place} depot, rebooked delivery for {date}, cust happy"),
    (ALL, "train delayed at {place}, voucher {amt} issued, cx thanked us"),
    (ALL, "escalated to {team}, callback {day} {time}, resolved first try"),
    (FRQ, "tkt cx ravi, {app} réinstallée, login ok, mdr"),
    (ALL, "upsell {prod} + {plan}, total {amt}, cx super chill"),
    (("CH",), "Kündigung zurückgezogen, {plan} für {amt}, Kunde sehr zufrieden"),
    (("QC",), "entente de paiement {energy}, {n} versements de {amt}, client soulagé, tiguidou"),
    (ALL, "eSIM activated on {prod}, took {dur}, cx said best service ever"),
    (ALL, "compensation for the outage in {city} on {date}: {amt} credit, no complaint"),
    (ALL, "{shop} {city} store confirmed stock of {prod}, click & collect {day}"),
    (ALL, "went above & beyond, stayed on the line {dur} w/ elderly cx until {app} worked"),
    (ALL, "cx called back just to say merci, case from {date} closed, {team} rocks"),
    (("IT",), "bolletta {energy} corretta, lettura contatore aggiornata, cliente contento"),
    (ALL, "{stream} added via {telco}, {amt} offered for 3 months, {win}"),
    (ALL, "roaming issue at {place}, APN reset, cust back online before boarding"),
    (ALL, "QA score {pct}% on the {team} call, coach said great empathy"),
    (("FR",), "Linky relevé ok, mensualisation revue à {amt}, {energy} happy, client aussi"),
    (ALL, "order delivered early to {shop} relay point in {city}, cust delighted"),
    (ALL, "{stream} on {prod} fixed, HDMI-CEC off, ok {thx}"),
    (NLB, "klant wil niet meer opzeggen, {plan} met korting {amt}, top"),
    (ALL, "cx from {city} compared us with {telco2}, stayed for {plan}"),
    (ALL, "multi-line deal: {n} SIMs on {plan}, total {amt}, huge win for {team}"),
    (FRQ, "double prélèvement remboursé {amt} sous 48h, client satisfait"),
    (("IT",), "gestione reclamo chiusa, {prod} sostituito presso {shop} di {city}"),
    (ALL, "cx hated the IVR but loved the help lol, {telco} {plan} sorted"),
    (ALL, "technician rdv moved to {date} {time}, cx thanked us for the flexibility"),
    (ALL, "Black Friday promo applied retroactively, {prod} {amt} cheaper, cx ecstatic"),
    (ALL, "smart meter install in {city} done, {app} linked, cx thrilled"),
    (ALL, "ticket closed, wifi mesh {prod} added, coverage in the whole flat now"),
    (ALL, "cx booked a trip from {place} to {city}, seat upgrade free, happy"),
    (ALL, "hardship plan approved by {team}, {amt} waived, cust so relieved"),
    (ALL, "super call, ça a bien matché, renewal signed {plan} at {amt}"),
    (("IT",), "il cliente ha ringraziato per la pazienza, modem {prod} configurato, tutto ok"),
    (("FR", "BE", "LU", "MC"), "la cliente était ravie, la box {prod} fonctionne enfin, on a offert {amt}"),
    (ALL, "contract start {date}, renewal {date2}, cx happy w/ rate freeze on {plan}"),
    (ALL, "{n} calls today on {team}, all FCR, {amt} saved in churn, {win}"),
    (ALL, "cx bought {prod} at {shop} {place}, activated on {telco} in {dur}"),
    (("QC",), "client de {city} très content, {plan} activé, rabais {amt} pour 12 mois"),
    (("NL",), "{app} gekoppeld, factuur {amt} teruggestort, klant super tevreden"),
    (("CH",), "{app} payment ok, {plan} renewal, {win}, merci vielmal"),
    (("LU",), "villmols merci from cx, {plan} fixed, {shop} voucher {amt}"),
]


class _Note:
    def __init__(self, g, country):
        self.g = g
        self.r = g.r
        self.c = country
        self._cust = None
        self._rel = None
        self._ag = None
        self._ag2 = None

    @property
    def cust(self):
        if self._cust is None:
            self._cust = self.g.person(self.c)
        return self._cust

    @property
    def relp(self):
        if self._rel is None:
            p = self.g.person(self.c, culture=self.cust["culture"])
            if self.r.random() < 0.6:
                p["family"] = self.cust["family"]
            self._rel = p
        return self._rel

    @property
    def ag(self):
        if self._ag is None:
            self._ag = self.g.person(self.c)
        return self._ag

    @property
    def ag2(self):
        if self._ag2 is None:
            self._ag2 = self.g.person(self.c)
        return self._ag2

    def agent_segs(self, p):
        r = self.r
        k = r.random()
        if k < 0.65:
            return [(p["given"], "name")]
        if k < 0.85:
            return [(p["given"] + " " + p["family"], "name")]
        return [(p["given"] + " " + p["family"][:1].upper(), "name")]

    def money(self):
        r = self.r
        cur = CURRENCY[self.c]
        v = r.choice([r.randint(5, 120), r.randint(5, 60) + 0.99, r.randint(1, 30) * 5, r.randint(2, 49) + 0.5])
        s = ("%d" % v) if v == int(v) else ("%.2f" % v)
        if self.c != "QC" and r.random() < 0.5:
            s = s.replace(".", ",")
        k = r.randint(0, 3)
        if cur == "CHF":
            return ["CHF " + s, s + " CHF", "CHF" + s, "Fr. " + s][k]
        if cur == "$":
            return [s + " $", s + "$", "$" + s, s + " $/mois"][k]
        return [s + " €", s + "€", "€" + s, s + " EUR"][k]

    def nodate(self):
        r = self.r
        d, m = r.randint(1, 28), r.randint(1, 12)
        y = r.choice([2023, 2024, 2025])
        lang = LANG[self.c]
        k = r.randint(0, 6)
        if k == 0:
            return "%02d/%02d" % (d, m)
        if k == 1:
            return "%02d/%02d/%d" % (d, m, y)
        if k == 2:
            return "%d %s" % (d, MONTHS[lang][m - 1])
        if k == 3:
            return "%d-%02d-%02d" % (y, m, d)
        if k == 4:
            return "%02d.%02d.%d" % (d, m, y)
        if k == 5:
            return "%d %s %d" % (d, MONTHS[lang][m - 1], y)
        return MONTHS["en"][m - 1] + " " + str(d)

    def time(self):
        r = self.r
        h, mi = r.randint(8, 20), r.choice([0, 15, 30, 45, 10, 50])
        k = r.randint(0, 4)
        if k == 0:
            return "%dh%02d" % (h, mi) if mi else "%dh" % h
        if k == 1:
            return "%d:%02d" % (h, mi)
        if k == 2:
            return "%du%02d" % (h, mi) if self.c in ("BE", "NL") else "%02d:%02d" % (h, mi)
        if k == 3:
            return "ore %d" % h if self.c == "IT" else "%d.%02d" % (h, mi)
        return "%d%s" % (h if h <= 12 else h - 12, "am" if h < 12 else "pm")

    def seg(self, key):
        r, g, c = self.r, self.g, self.c
        p = self.cust if key in ("C", "Cg", "Cfull", "Ct", "Ccrm", "Cposs", "Cq", "Cfam", "H", "pr", "his",
                                 "him", "il", "P", "E", "URL", "NID", "USR", "DOB", "IP2") else None
        o = "o"
        if key == "C":
            return g.name_segs(self.cust)
        if key == "Cg":
            return [(self.cust["given"], "name")]
        if key == "Cfull":
            return g.name_segs(self.cust, r.choice(["full", "full", "givenUP", "UPfirst", "famfirst"]))
        if key == "Ct":
            return g.name_segs(self.cust, r.choice(["tfam", "tfam", "tfull", "tafter"]))
        if key == "Ccrm":
            return g.name_segs(self.cust, r.choice(["UPcomma", "UPcomma", "lowcomma"]))
        if key == "Cfam":
            return [(self.cust["family"], "name")]
        if key == "Cfam2":
            return [(self.cust["family"].upper() if r.random() < 0.5 else self.cust["family"], "name")]
        if key == "Cposs":
            base = g.name_segs(self.cust, r.choice(["given", "given", "tfam", "full"]))
            return base + [(r.choice(["'s", "'s", "\u2019s"]), o)]
        if key == "Cq":
            nm = self.cust["given"] if r.random() < 0.5 else g.nick()
            q = r.choice([('"', '"'), ("\u00ab ", " \u00bb"), ("'", "'"), ("\u201c", "\u201d")])
            return [(q[0], o), (nm, "name"), (q[1], o)]
        if key == "H":
            return [(r.choice(FAMILY_HON[self.cust["sex"]]) + " ", o), (self.cust["given"], "name")]
        if key == "R":
            return g.name_segs(self.relp, r.choice(["given", "given", "full"]))
        if key == "Rposs":
            return g.name_segs(self.relp, r.choice(["given", "full"])) + [("'s", o)]
        if key == "rel":
            if self.relp["sex"] == "m":
                return r.choice(["son", "husband", "dad", "fils", "mari", "zoon", "figlio", "brother", "nephew", "frère"])
            return r.choice(["daughter", "wife", "mum", "fille", "femme", "dochter", "figlia", "sister", "niece", "sœur"])
        if key == "A":
            return self.agent_segs(self.ag)
        if key == "Aposs":
            return [(self.ag["given"], "name"), ("'s", o)]
        if key == "Aat":
            return [("@", o), (self.ag["given"], "name")]
        if key == "B":
            return self.agent_segs(self.ag2)
        if key == "pr":
            return "he" if self.cust["sex"] == "m" else "she"
        if key == "his":
            return "his" if self.cust["sex"] == "m" else "her"
        if key == "him":
            return "him" if self.cust["sex"] == "m" else "her"
        if key == "il":
            return "il" if self.cust["sex"] == "m" else "elle"
        if key == "sig":
            return "signora" if self.cust["sex"] == "f" else r.choice(["sig.ra", "signora"])
        if key == "sigm":
            return r.choice(["sig.", "signor", "dott."])
        if key == "P":
            return [(g.phone(c), "phone")]
        if key == "E":
            return [(g.email(c, self.cust), "email")]
        if key == "CARD":
            return [(g.card(), "card")]
        if key == "CARDM":
            return [(g.card_masked(), "card")]
        if key == "IBAN":
            if c == "QC":
                return [("transit ", o), (_digits(r, 5) + "-815-" + _digits(r, 7), "id")]
            return [(g.iban(c), "iban")]
        if key in ("IP", "IP2"):
            return [(g.ip(), "ip")]
        if key == "URL":
            return [(g.url(self.cust), "url")]
        if key == "ADDR":
            return g.address(c)
        if key == "STREET":
            return [(g.street(c), "address")]
        if key == "PC":
            city, pref = r.choice(CITIES[c])
            segs = [(g.postcode(c, pref), "postcode")]
            if r.random() < 0.6:
                segs += [(" ", o), (city, "~")]
            return segs
        if key == "DOB":
            cue = r.choice(["DOB", "dob:", "DOB:", "né le" if self.cust["sex"] == "m" else "née le", "d.o.b",
                            "born", "ddn", "date de naissance", "birthday", "bday", "date of birth",
                            "nato il" if self.cust["sex"] == "m" else "nata il", "geb.", "geboren op",
                            "data di nascita", "DDN:", "geboortedatum"])
            return [(cue + " ", o), (g.dob(self.cust["lang"]), "dob")]
        if key == "dob":
            return [(g.dob(self.cust["lang"]), "dob")]
        if key == "NID":
            cue, v = g.natid(c, self.cust)
            return [(cue + " ", o), (v, "id")]
        kinds = {"ORD": "order", "TKT": "ticket", "ACC": "acct", "MTR": "meter", "TRK": "track",
                 "BKG": "booking", "POL": "policy", "USR": "user"}
        if key in kinds:
            cue, v = g.some_id(c, self.cust, kinds[key])
            return [(cue + r.choice([" ", " ", ": ", " #"]) if not v.startswith("#") else cue + " ", o), (v, "id")]
        if key in ("ordno", "tktno", "accno", "trkno"):
            kk = {"ordno": "order", "tktno": "ticket", "accno": "acct", "trkno": "track"}[key]
            return [(g.some_id(c, self.cust, kk)[1], "id")]
        # ---- non personal
        if key == "telco":
            return r.choice(TELCO[c])
        if key == "telco2":
            return r.choice([t for t in TELCO[c] if t] + ["Free", "Iliad", "Lebara"])
        if key == "energy":
            return r.choice(ENERGY[c])
        if key == "shop":
            return r.choice(SHOPS[c])
        if key == "prod":
            return r.choice(MODELS)
        if key == "app":
            return r.choice(APPS)
        if key == "stream":
            return r.choice(STREAM)
        if key == "city":
            return r.choice(CITIES[c])[0] if r.random() < 0.7 else r.choice(CITIES[r.choice(list(CITIES))])[0]
        if key == "place":
            return r.choice(PLACES)
        if key == "team":
            return r.choice(TEAMS)
        if key in ("jar", "jar2"):
            return r.choice(JARGON)
        if key == "win":
            return r.choice(WINS)
        if key == "thx":
            return r.choice(THX)
        if key == "amt":
            return self.money()
        if key == "time":
            return self.time()
        if key in ("date", "date2"):
            return self.nodate()
        if key == "day":
            return r.choice(["tomorrow", "demain", "morgen", "domani", "lundi", "Monday", "maandag", "giovedì",
                             "Donnerstag", "vendredi", "mardi matin", "next week", "J+2"])
        if key == "dur":
            return r.choice(["5 min", "10min", "20 mins", "1h", "half an hour", "2 min", "45min", "1h30",
                             "un quart d'heure", "dieci minuti", "een kwartier"])
        if key == "n":
            return str(r.randint(2, 6))
        if key == "nps":
            return str(r.choice([9, 10, 10, 8]))
        if key == "pct":
            return str(r.randint(86, 100))
        if key == "plan":
            return r.choice(PLANS[c])
        if key == "speed":
            return r.choice(["940 Mbps", "1 Gb/s", "500/200", "2 Gbit", "8 Gb/s down", "300 Mb"])
        raise KeyError(key)


# ------------------------------------------------------------- assembly
_PH = re.compile(r"(\{\w+\})")


def _render(note, tpl):
    segs = []
    for part in _PH.split(tpl):
        if not part:
            continue
        if part.startswith("{") and part.endswith("}"):
            v = note.seg(part[1:-1])
            if isinstance(v, str):
                segs.append((v, "o"))
            else:
                segs.extend(v)
        else:
            segs.append((part, "o"))
    return segs


def _merge(segs):
    out = []
    for t, l in segs:
        if not t:
            continue
        if out and l == "o" and out[-1][1] == "o":
            out[-1] = (out[-1][0] + t, "o")
        else:
            out.append((t, l))
    return out


def _noise(r, segs):
    """agent-style typing noise on 'o' text only"""
    out = []
    for t, l in segs:
        if l == "o" and len(t) > 6:
            if r.random() < 0.12:
                t = t.replace(", ", " ", 1)
            if r.random() < 0.06:
                words = t.split(" ")
                idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
                if idx:
                    i = r.choice(idx)
                    w = words[i]
                    j = r.randint(1, len(w) - 3)
                    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
                    t = " ".join(words)
            if r.random() < 0.05:
                t = t.replace(" you ", " u ").replace(" with ", " w/ ").replace(" because ", " bc ")
        out.append((t, l))
    return out


def _lower(segs):
    return [(t.lower(), l) for t, l in segs]


def _valid(segs):
    text = "".join(t for t, _ in segs)
    if "\n" in text or "\r" in text:
        return False
    n = len(text.split())
    return 5 <= n <= 45


def blind_notes(listed: frozenset[str]) -> list[list[tuple[str, str]]]:
    r = random.Random(SEED)
    listed = frozenset(_fold(x) for x in listed) if listed else frozenset()
    g = _Gen(r, listed)
    countries = [c for c, _ in COUNTRY_W]
    weights = [w for _, w in COUNTRY_W]
    n_clean = int(round(N_NOTES * 0.45))
    kinds = [False] * n_clean + [True] * (N_NOTES - n_clean)
    r.shuffle(kinds)
    # make sure every template is used at least once
    pii_queue = list(range(len(PII_TEMPLATES)))
    clean_queue = list(range(len(NOPII_TEMPLATES)))
    r.shuffle(pii_queue)
    r.shuffle(clean_queue)
    seen = set()
    notes = []
    for has_pii in kinds:
        pool = PII_TEMPLATES if has_pii else NOPII_TEMPLATES
        queue = pii_queue if has_pii else clean_queue
        for attempt in range(400):
            if queue and attempt == 0:
                ti = queue.pop()
            else:
                ti = r.randrange(len(pool))
            allowed, tpl = pool[ti]
            if allowed is None:
                country = r.choices(countries, weights)[0]
            else:
                country = r.choice(allowed)
            note = _Note(g, country)
            segs = _render(note, tpl)
            segs = _noise(r, segs)
            if r.random() < 0.31:
                segs = _lower(segs)
            segs = _merge(segs)
            if not _valid(segs):
                continue
            text = "".join(t for t, _ in segs)
            if text in seen:
                continue
            if has_pii and all(l in ("o", "~") for _, l in segs):
                continue
            seen.add(text)
            notes.append(segs)
            break
        else:
            raise RuntimeError("could not generate a unique note")
    return notes


# ------------------------------------------------------------- self-check
def _selfcheck():
    sample_listed = frozenset(["marie", "jean", "mohamed", "martin", "rossi", "nguyen", "de", "van",
                               "le", "la", "diop", "tremblay", "peeters", "muller", "da", "silva", "ben"])
    a = blind_notes(sample_listed)
    b = blind_notes(sample_listed)
    assert a == b, "not deterministic"
    assert len(a) == N_NOTES, len(a)
    texts = set()
    counts = {l: 0 for l in LABELS}
    lower = 0
    clean = 0
    for note in a:
        text = "".join(t for t, _ in note)
        assert "\n" not in text and "\r" not in text
        assert 5 <= len(text.split()) <= 45, text
        assert text not in texts, text
        texts.add(text)
        for t, l in note:
            assert l in LABELS, l
            assert t, note
            if l != "o":
                assert t == t.strip(), (t, l)
                counts[l] += 1
            if l == "name":
                for part in _NSPLIT.split(t):
                    if part:
                        assert _fold(part) not in sample_listed, (t, part)
        if text == text.lower():
            lower += 1
        if all(l in ("o", "~") for _, l in note):
            clean += 1
    # also a run with an empty listed set must work
    assert len(blind_notes(frozenset())) == N_NOTES
    print("notes:", len(a))
    for l in LABELS:
        print("  %-9s %d" % (l, counts[l]))
    print("all-lower-case share: %.1f%%" % (100.0 * lower / len(a)))
    print("no-personal-data share: %.1f%%" % (100.0 * clean / len(a)))
    print("naming cultures:", len(CULTURES))
    print("templates with PII:", len(PII_TEMPLATES), " without:", len(NOPII_TEMPLATES))


if __name__ == "__main__":
    _selfcheck()
