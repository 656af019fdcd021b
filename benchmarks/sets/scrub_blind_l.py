"""Blind evaluation set L: customer-care "win" notes, Latin America / Iberia / US Hispanic.

Standard library only, deterministic.  Run this file to execute the self-check.
"""
import random
import re
import unicodedata

SEED = 41729
N_NOTES = 1000
CLEAN_SHARE = 0.45

LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")


class _NoName(Exception):
    pass


class _Skip(Exception):
    pass


def _fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c)).lower()


def _strip_acc(s):
    out = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", out)


_NAME_SPLIT = re.compile(r"[\s\-'\u2019.]+")


def _name_ok(name, listed):
    parts = [p for p in _NAME_SPLIT.split(name) if p]
    return bool(parts) and all(_fold(p) not in listed for p in parts)


def _L(s):
    return [x.strip() for x in s.split(",") if x.strip()]


# ---------------------------------------------------------------- name pools
CULTURES = {
    "mx": dict(label="Mexican", lang="es", countries=["MX", "MX", "MX", "US"],
        m=_L("Juan Carlos, José Luis, Jesús, Alejandro, Fernando, Ricardo, Arturo, Rogelio, Gerardo, Humberto, "
             "Leobardo, Eleazar, Heriberto, Rigoberto, Cuauhtémoc, Eduardo, Jorge Alberto, Octavio, Efraín, "
             "Filiberto, Teodoro, Isidro, Anselmo, Ulises, Emiliano, Santiago, Mateo, Tonatiuh, Marco Antonio, "
             "Jesús Manuel, Aurelio, Salvador, Librado, Everardo, Nezahualcóyotl, Abundio"),
        f=_L("María Guadalupe, Guadalupe, Xóchitl, Itzel, Ximena, Citlali, Yesenia, Araceli, Leticia, Maricela, "
             "Rocío, Yolanda, Brenda, Fernanda, Valeria, Dulce María, Ana Karen, Rosa Isela, Marisol, Nayeli, "
             "Yareli, Abril, Montserrat, Renata, Paola, Mayra, Griselda, Azucena, Perla, Esmeralda, Itzayana, "
             "Socorro, Consuelo, Luz"),
        s=_L("Hernández, García, Martínez, López, González, Ramírez, Sánchez, Cruz, Flores, Gómez, Morales, "
             "Vázquez, Jiménez, Reyes, Díaz, Torres, Gutiérrez, Ruiz, Mendoza, Aguilar, Ortiz, Castillo, Chávez, "
             "Rivera, Juárez, Domínguez, Ibarra, Zavala, Cervantes, Villaseñor, Zúñiga, Tapia, Olvera, Xolalpa, "
             "Cuevas, Nava, Trejo, Arreola, Esquivel, Huerta, de la Garza, Ochoa, Téllez, Tecuapetla, Cuautle")),
    "ca": dict(label="Central American", lang="es", countries=["GT", "SV", "HN", "US"],
        m=_L("Byron, Selvin, Edwin, Mynor, Wilmer, Élmer, Nery, Otto, Kevin, Josué, Erick, Estuardo, Wálter, "
             "Milton, Osmín, Douglas, Cristian, Darwin, Nelson, Santos, Francisco Javier, Juan José, René, Amílcar, "
             "Herson, Marvin, Brayan, Oscar Armando, Lesther, Yovani, Gerson, Selvin Omar"),
        f=_L("Mirna, Glenda, Heidy, Ingrid, Karla, Lesbia, Dilma, Sulma, Yesica, Keyla, Wendy, Jennifer, Evelyn, "
             "Gladys, Reina, Iris Marisol, Delmy, Marleny, Xiomara, Ligia, Lourdes, Rosa Elvira, Alba Luz, "
             "Jacqueline, Zoila, Nohemí, Yessenia, Dunia, Fátima, Sonia Maribel, Kimberly, Ilsy"),
        s=_L("Pérez, López, Ajú, Chávez, Coc, Tzoc, Xajil, Ixcot, Batz, Cux, Quiej, Menchú, Alvarado, Orellana, "
             "Hernández, Rivas, Portillo, Escobar, Martínez, Bonilla, Flores, Mejía, Zelaya, Figueroa, Argueta, "
             "Amaya, Reyes, Lemus, Maradiaga, Cáceres, Paz, Funes, Velásquez, Aguilar, Ordóñez, Castellanos, Sosa")),
    "cd": dict(label="Cuban and Dominican", lang="es", countries=["CU", "DO", "US", "US"],
        m=_L("Yoandri, Yunior, Osmany, Yasmani, Yoel, Reinier, Raidel, Leosvany, Maikel, Alexei, Yordanis, "
             "Dariel, Ernesto, Lázaro, Orlando, Rafael, Ramón Antonio, Juan Pablo, Wilkin, Yeison, Franklin, "
             "Aneudy, Ronny, Starlin, Wander, Yohan, Radhamés, Eudis, Fausto, Juan Francisco, Andy, Danilo, Anyelo"),
        f=_L("Yamilé, Yusimí, Yaneisy, Yudelkis, Dayana, Yanelis, Mailén, Daimí, Yaritza, Lisandra, Yoselin, "
             "Arelis, Yokasta, Ana Iris, Mildred, Altagracia, Wendolyn, Yahaira, Yanet, Leidy, Yuderka, Nairobi, "
             "Katherine, Marisleidys, Milagros, Rosa Iris, Yissel, Damaris, Odalys, Belkis, Mercedes, Yelitza"),
        s=_L("Pérez, Rodríguez, González, Hernández, Díaz, Fernández, Cabrera, Castro, Suárez, Valdés, Rivero, "
             "Betancourt, Iglesias, Alfonso, Cárdenas, Quintana, Echevarría, Almeida, Batista, Peña, Núñez, "
             "Mercedes, de los Santos, Ureña, Polanco, Tavárez, Then, Guzmán, Abreu, Rosario, Féliz, Báez, "
             "Encarnación, Sepúlveda, Liriano, Capellán, Marte")),
    "pr": dict(label="Puerto Rican", lang="es", countries=["PR", "PR", "US"],
        m=_L("Luis Alberto, José Antonio, Ángel Luis, Carlos Javier, Edwin, Héctor, Wilfredo, Jorge Luis, "
             "Pedro Juan, Gilberto, Efraín, Israel, Ismael, Xavier, Jan Carlos, Yadiel, Jadiel, Kelvin, Noel, "
             "Emmanuel, Orlando, Raúl, Héctor Iván, Néstor, Eliezer, Giovanni, Christopher, Jomar, Luis Enrique, "
             "Abdiel, Edgardo, Joel"),
        f=_L("Nilda, Carmen Iris, Ivelisse, Maribel, Zuleika, Nitza, Migdalia, Yaritza, Wanda, Brunilda, Lizbeth, "
             "Keishla, Yamaris, Nayeli, Ivette, Glorimar, Sonimar, Elba, Luz Nereida, Mayra, Jessenia, Yesenia, "
             "Zoraida, Nydia, Sheila, Naomi, Jaileen, Coralys, Yarelis, Minerva, Awilda, Gladymar"),
        s=_L("Rivera, Rodríguez, Ortiz, Torres, Colón, Vázquez, Santiago, Cruz, Ramos, Negrón, Rosado, Figueroa, "
             "Marrero, Maldonado, Pagán, Cintrón, Meléndez, Quiñones, Acevedo, Burgos, Caraballo, Irizarry, Matos, "
             "Vélez, Nieves, Rosario, Feliciano, Lugo, Class, Padilla, Báez, Otero, Cordero, Arroyo, Pacheco")),
    "co": dict(label="Colombian", lang="es", countries=["CO", "CO", "US", "ES"],
        m=_L("Jhon Jairo, Jhon Fredy, Luis Fernando, Juan Camilo, Juan Esteban, Andrés Felipe, Carlos Andrés, "
             "Jaime, Hernán, Wilson, Yeison, Duván, Brayan Stiven, Jhonatan, Édgar, Fabio, Alirio, Germán, "
             "Óscar Iván, Julián, Sebastián, Nelson Enrique, Arley, Fredy, Giovanny, Harold, Milton, Libardo, "
             "Yesid, Deiby, Juan Manuel, Jairo"),
        f=_L("María Fernanda, Luz Dary, Luz Marina, Claudia Patricia, Ana Milena, Diana Marcela, Leidy Johana, "
             "Yuliana, Yurany, Paola Andrea, Sandra Milena, Adriana, Lina María, Ángela, Marcela, Yenny, Nidia, "
             "Gloria Inés, Dora, Mariana, Valentina, Daniela, Natalia, Catalina, Manuela, Heidy, Yesica, Yinet, "
             "Marleny, Nubia, Ximena, Jazmín"),
        s=_L("Rodríguez, Gómez, Restrepo, Echeverri, Arango, Ospina, Zapata, Giraldo, Londoño, Cardona, Álvarez, "
             "Quintero, Jaramillo, Vélez, Uribe, Betancur, Henao, Montoya, Castaño, Salazar, Mejía, Villegas, "
             "Patiño, Bermúdez, Rincón, Cárdenas, Suárez, Barrera, Pineda, Gaviria, Arbeláez, Marulanda, "
             "Buitrago, Sierra, Valencia, Agudelo, Ocampo")),
    "ve": dict(label="Venezuelan", lang="es", countries=["VE", "VE", "CO", "US", "PE", "CL", "ES"],
        m=_L("Yorman, Yonaiker, Jesús Alberto, José Gregorio, Luis Miguel, Freddy, Wilmer, Yonathan, Yeferson, "
             "Ender, Richard, Jhonny, Daniel Eduardo, Argenis, Omar, Leonel, Gustavo, Douglas, Oswaldo, Yorbis, "
             "Johan, Kleiber, Rainer, Deivis, Eudes, Henrry, Jonás, Alexander, Yusmer, Orangel, Edixon, Wuilmer"),
        f=_L("Yulimar, Yoselin, Yusbelys, Dayana, Desirée, Maolis, Mariangel, Mariángela, Oriana, Yurimar, "
             "Scarlet, Rosángela, Nohely, Yetzabel, Marbelis, Keila, Génesis, Yorgelis, Milagros, Anaís, Francys, "
             "Zuleima, Dubraska, Yenifer, Rosalba, Thaís, Nathaly, Gabriela, Josmary, Luisana, Yaneth, Esperanza"),
        s=_L("González, Rodríguez, Pérez, Hernández, García, Martínez, Sánchez, Ramírez, Medina, Rojas, Mora, "
             "Contreras, Briceño, Parra, Piñango, Linares, Bracho, Colmenares, Urdaneta, Chirinos, Villasmil, "
             "Añez, Sulbarán, Montilla, Carrillo, Marcano, Rondón, Lugo, Zambrano, Guevara, Palencia, Escalona, "
             "Yépez, Bastidas, Salcedo")),
    "an": dict(label="Andean", lang="es", countries=["PE", "PE", "BO", "EC"],
        m=_L("Wilfredo, Teodoro, Eusebio, Nilo, Saturnino, Fortunato, Percy, Alcides, Ronald, Elmer, Yony, "
             "Rubén Darío, Juvenal, Néstor, Walter, Edgar, Cirilo, Hipólito, Efraín, Roger, Víctor Hugo, "
             "Walter Hugo, Amaru, Inti, Mayta, Jhon, Henry, Lenin, Gualberto, Simón, Apolinar, Florencio"),
        f=_L("Nélida, Flor de María, Yaneth, Sonia, Delia, Rosmery, Lourdes, Vilma, Eulogia, Felícitas, "
             "Hermelinda, Maribel, Nancy, Yessica, Milagros, Zenaida, Killa, Sisa, Nayra, Wara, Roxana, Gladys, "
             "Eva Luz, Pamela, Mishel, Luz Clarita, Tania, Mery, Fabiola, Janeth, Soledad, Cinthya"),
        s=_L("Quispe, Mamani, Huamán, Condori, Choque, Apaza, Ccahuana, Huanca, Ticona, Yupanqui, Cusi, Limachi, "
             "Quisbert, Poma, Huaraca, Coaquira, Cutipa, Chambi, Pari, Ayma, Nina, Huillca, Sullca, Taipe, Llanos, "
             "Rojas, Vargas, Chura, Cayo, Machaca, Guamán, Chimbo, Tenesaca, Pilco, Caiza, Ushiña, Cóndor, "
             "Huarachi, Illanes, Inca")),
    "rp": dict(label="Rioplatense", lang="es", countries=["AR", "AR", "UY", "ES"],
        m=_L("Gastón, Facundo, Agustín, Ezequiel, Nahuel, Leandro, Gonzalo, Hernán, Mariano, Lisandro, Santino, "
             "Bautista, Thiago, Joaquín, Matías, Rodrigo, Esteban, Claudio, Osvaldo, Horacio, Rubén, Darío, "
             "Emiliano, Lautaro, Franco, Maximiliano, Federico, Germán, Renzo, Iñaki, Benicio, Ulises"),
        f=_L("Florencia, Agustina, Micaela, Milagros, Rocío, Luciana, Camila, Julieta, Lucía, Celeste, Belén, "
             "Antonella, Romina, Silvina, Mariela, Noelia, Natalia, Soledad, Graciela, Mirta, Norma, Liliana, "
             "Ayelén, Yanina, Carolina, Guadalupe, Malena, Sol, Delfina, Catalina, Ainhoa, Candela"),
        s=_L("Bianchi, Ferrari, Russo, Romano, Colombo, Lombardi, Rossi, Gallo, Bruno, Esposito, Marino, Greco, "
             "Fontana, Pellegrini, Moretti, Caruso, Barbieri, Mancini, Rinaldi, Echeverría, Goicoechea, Urquiza, "
             "Arrieta, Iturralde, Etchegaray, Larrañaga, Aguirre, Zubizarreta, Olazábal, Ibarzábal, Mendizábal, "
             "Garaicoechea, Errecalde, Sosa, Giménez, Acosta, Benítez, Pereyra, Silveira, Etcheverry, "
             "D'Alessandro, D'Onofrio, Di Stéfano, Lo Presti")),
    "cl": dict(label="Chilean", lang="es", countries=["CL"],
        m=_L("Cristóbal, Benjamín, Vicente, Maximiliano, Matías, Tomás, Felipe, Ignacio, Joaquín, Álvaro, "
             "Rodrigo, Patricio, Héctor, Manuel, Sergio, Luis Alberto, Juan Pablo, Bastián, Agustín, Diego, "
             "Cristián, Marcelo, Mauricio, Claudio, Gonzalo, Nicolás, Leftraru, Lautaro, Alonso, Renato, "
             "Baltazar, Gaspar, Aníbal"),
        f=_L("Constanza, Javiera, Francisca, Catalina, Fernanda, Antonia, Josefa, Trinidad, Isidora, Florencia, "
             "Martina, Macarena, Paulina, Pía, Bárbara, Daniela, Camila, Valentina, Carolina, Scarlett, Marcela, "
             "Ximena, Paz, Consuelo, Rayén, Ayelén, Millaray, Amanda, Agustina, Magdalena, Loreto, Viviana, Maite"),
        s=_L("Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Araya, Fuentes, "
             "Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Vásquez, Cortés, "
             "Carrasco, Herrera, Núñez, Jara, Vergara, Figueroa, Riquelme, Huenchullán, Millapán, Ancamil, "
             "Catrileo, Lagos, Undurraga, Errázuriz, Larraín, Quezada, Henríquez")),
    "py": dict(label="Paraguayan", lang="es", countries=["PY", "PY", "AR"],
        m=_L("Derlis, Celso, Nery, Blas, Aníbal, Rubén, Isidro, Arnaldo, Édgar, Osvaldo, Teodoro, Pedro Pablo, "
             "Juan Bautista, Gustavo, Cristhian, Hugo, Mauro, Fidel, Gilberto, Eulalio, Ramón, Ever, Marciano, "
             "Tadeo, Félix, Librado, Fermín, Alcides, Ariel, Aldo, Rodney, Wilson"),
        f=_L("Arami, Yeruti, Jazmín, Mirian, Liz, Nidia, Elsa, Perla, Zunilda, Liliana, Rossana, Griselda, "
             "Ramona, Lourdes, Mirna, Fátima, Dahiana, Nathalia, Araceli, Ninfa, Sonia, Ester, Gloria, Rocío, "
             "Cinthia, Lorena, Larissa, Tamara, Aída, Leticia, Ruth, Noelia, Mónica, Verónica"),
        s=_L("Benítez, González, Villalba, Cáceres, Ayala, Ortiz, Giménez, Martínez, Duarte, Acosta, Báez, "
             "Ramírez, Vera, Franco, Insfrán, Galeano, Cardozo, Aquino, Medina, Ríos, Brítez, Núñez, Bogado, "
             "Sanabria, Maidana, Riveros, Ojeda, Arce, Cabañas, Ovelar, Yegros, Caballero, Estigarribia, Candia, "
             "Cantero, Ledesma")),
    "br": dict(label="Brazilian", lang="pt", countries=["BR", "BR", "BR", "PT", "US"],
        m=_L("João Pedro, João Vítor, Luiz Carlos, Antônio Carlos, Paulo Henrique, Carlos Eduardo, Gustavo, "
             "Thiago, Rodrigo, Leandro, Marcelo, Fábio, Wellington, Cleiton, Anderson, Wanderley, Ronaldo, Edson, "
             "Raimundo, Sebastião, Francisco, Severino, Davi, Enzo, Heitor, Arthur, Bernardo, Caio, Otávio, "
             "Kenji, Hiroshi, Takeshi, Jamil, Samir, Nagib, Helmut, Klaus, Fritz"),
        f=_L("Ana Clara, Maria Eduarda, Maria Luiza, Ana Beatriz, Juliana, Fernanda, Patrícia, Aline, Tatiane, "
             "Vanessa, Camila, Letícia, Larissa, Gabriela, Bruna, Jéssica, Francisca, Raimunda, Antônia, "
             "Sebastiana, Luzia, Rosângela, Cleide, Valéria, Daiane, Thaís, Heloísa, Yasmin, Akemi, Yuki, Naomi, "
             "Samira, Jamile, Leila, Ingrid, Helga, Gisele"),
        s=_L("da Silva, dos Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, Gomes, Ribeiro, "
             "Carvalho, Almeida, Lopes, Barbosa, Cavalcanti, Albuquerque, Nascimento, Araújo, Rocha, Moura, "
             "Teixeira, Barros, Freitas, Tanaka, Nakamura, Yamamoto, Sato, Suzuki, Watanabe, Kobayashi, Haddad, "
             "Maluf, Jafet, Salomão, Chedid, Abdalla, Schmidt, Müller, Hoffmann, Schneider, Weber, Becker, Klein, "
             "Wagner, de Oliveira, do Nascimento")),
    "pt": dict(label="Portuguese", lang="pt", countries=["PT", "PT", "PT", "ES"],
        m=_L("João, Tiago, Duarte, Rui, Nuno, Gonçalo, Afonso, Rodrigo, Martim, Tomás, Francisco, Vasco, "
             "Sérgio, Hugo, Bruno, Filipe, Miguel, Diogo, Henrique, Vítor, Joaquim, Manuel, Amadeu, Fernando, "
             "Armando, Álvaro, Simão, Lourenço, Salvador, Guilherme, Rafael, Leonel, Artur, João Maria"),
        f=_L("Inês, Beatriz, Leonor, Matilde, Carolina, Mariana, Margarida, Sofia, Catarina, Madalena, Joana, "
             "Rita, Filipa, Teresa, Ana Rita, Maria João, Conceição, Fátima, Graça, Rosário, Lurdes, Helena, "
             "Sara, Raquel, Susana, Patrícia, Vera, Cláudia, Mafalda, Benedita, Constança, Francisca, Irene"),
        s=_L("Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Jesus, Sousa, Fernandes, "
             "Gonçalves, Gomes, Lopes, Marques, Alves, Almeida, Ribeiro, Pinto, Carvalho, Teixeira, Moreira, "
             "Correia, Mendes, Nunes, Soares, Vieira, Monteiro, Cardoso, Rocha, das Neves, Coelho, Cunha, Pires, "
             "Magalhães, Quaresma, Vasconcelos, Sampaio, Brandão, Figueiredo, Antunes, Loureiro, Meireles, "
             "do Rosário, de Sá")),
    "cv": dict(label="Cape Verdean", lang="pt", countries=["CV", "CV", "PT", "US"],
        m=_L("Adilson, Edmilson, Ailton, Nélson, Jailson, Hélder, Djalma, Amílcar, Arlindo, Valdir, Elton, "
             "Emanuel, Gilson, Zeferino, Eurico, Adérito, Odair, Ricardino, Dany, Jair, Evandro, Júlio, Alcides, "
             "Wilson, Edson, Carlos Alberto, Osvaldo, Jorge, Admilson, Aristides, Vlademir"),
        f=_L("Djeniffer, Elisângela, Ivone, Lúcia, Ludmila, Mirian, Nilda, Ondina, Sílvia, Tânia, Vanda, "
             "Zuleica, Edna, Érica, Fátima, Jandira, Jéssica, Keila, Lígia, Mayra, Nádia, Noémia, Odete, Paula, "
             "Rosa, Sandra, Sueli, Suzana, Yolanda, Dulce, Hermínia, Celeste, Adelaide"),
        s=_L("Tavares, Semedo, Fortes, Lopes, Monteiro, Duarte, Gomes, Varela, Moreira, Correia, Rodrigues, "
             "Spencer, Évora, Brito, Delgado, Andrade, Barros, Cabral, Fonseca, Furtado, Lima, Mendes, Pina, "
             "Ramos, Rocha, Santos, Silva, Sousa, Veiga, Vaz, Lobo, Freire, Cardoso, Baptista, Mascarenhas, "
             "Neves, Almeida, Tavares Semedo")),
    "am": dict(label="Angolan and Mozambican", lang="pt", countries=["AO", "MZ", "PT"],
        m=_L("Adão, Domingos, Manuel, Kiala, Mbala, Nelo, Osvaldo, Kiluange, Kassoma, Eduardo, Isaías, Teodoro, "
             "Samuel, Celso, Filomeno, Belarmino, Adriano, Albino, Américo, Armando, Benedito, Custódio, Ernesto, "
             "Germano, Gilberto, Hélio, Inocêncio, Joaquim, Lázaro, Matias, Zacarias, Hermenegildo, Orlando"),
        f=_L("Nzinga, Ndila, Luzolo, Kiesse, Adelaide, Albertina, Benvinda, Celestina, Domingas, Esperança, "
             "Filomena, Graciete, Helena, Isabel, Joana, Laurinda, Luísa, Madalena, Marcelina, Neusa, Olívia, "
             "Paulina, Rosalina, Telma, Graça, Josina, Amélia, Ermelinda, Quitéria, Antónia, Custódia, Feliciana"),
        s=_L("dos Santos, da Silva, Neto, Cossa, Macuácua, Chissano, Mondlane, Langa, Sitoe, Muianga, Tembe, "
             "Nhantumbo, Machava, Bila, Cumbe, Mabunda, Matsinhe, Kiala, Lukamba, Chipenda, Muteka, Sapalo, "
             "Chivukuvuku, Kassoma, Mbala, Kiluange, Lourenço, Domingos, Bento, Van-Dúnem, Mangueira, Tchipa, "
             "Cassinda, Nhaca, Guambe, Zucula, Massinga")),
    "es": dict(label="Castilian Spanish", lang="es", countries=["ES"],
        m=_L("Álvaro, Íñigo, Borja, Gonzalo, Jaime, Ignacio, Pablo, Javier, Sergio, Rubén, Adrián, Hugo, "
             "Marcos, Raúl, Jorge, Alberto, Eduardo, Enrique, Ramiro, Marcelino, Teodoro, Eusebio, Agapito, Aitor, "
             "Asier, Unai, Xabier, Oriol, Jordi, Pau, Lucas, Fermín"),
        f=_L("Lucía, Paula, Alba, Carmen, Pilar, Almudena, Begoña, Nuria, Montserrat, Cristina, Raquel, Marta, "
             "Elena, Irene, Sara, Laura, Ainhoa, Leire, Itziar, Noelia, Sonia, Verónica, Aurora, Remedios, "
             "Encarnación, Mercedes, Inmaculada, Amparo, Blanca, Cayetana, Candela, Olaia, Paloma"),
        s=_L("García, Fernández, Rodríguez, Martín, Gómez, Ruiz, Jiménez, Moreno, Muñoz, Álvarez, Romero, "
             "Alonso, Navarro, Torres, Domínguez, Gil, Serrano, Blanco, Molina, Ortega, Delgado, Rubio, Marín, "
             "Sanz, Iglesias, Garrido, Lozano, Calvo, Vega, Cuesta, Carrasco, del Pozo, de la Fuente, Villanueva, "
             "Prieto, Pascual, Herrero, Crespo, Ibáñez, Arroyo")),
    "and": dict(label="Andalusian", lang="es", countries=["EA"],
        m=_L("Manuel, Antonio, José Manuel, Francisco Javier, Juan Antonio, Rafael, Miguel Ángel, Joaquín, "
             "Cristóbal, Andrés, Juan Luis, Alfonso, Emilio, Ildefonso, Custodio, Gabriel, Iván, Daniel, "
             "Rafael Ángel, Isidoro, Lorenzo, Bartolomé, Nazario, Ezequiel, Dionisio, Sebastián, Macario, "
             "Juan de Dios, Rogelio, Fulgencio"),
        f=_L("Rocío, Macarena, Triana, Esperanza, Reyes, Consolación, Dolores, Araceli, Inmaculada, Rosario, "
             "Amparo, Esther, Lourdes, Soledad, Trinidad, Salud, Gracia, Regla, Virtudes, Angustias, Milagros, "
             "Auxiliadora, Estrella, Azahara, Nazaret, María del Valle, Valme, Zahara, Nieves, Adoración, "
             "Rocío del Mar"),
        s=_L("Cabello, Montero, Márquez, Ramos, Carmona, Pastor, Reina, Barrera, Cordero, Lucena, Cabrera, "
             "Salas, Rivas, Bermúdez, Caballero, Bernal, Morillo, Escobar, Vidal, Barranco, Pineda, Gallardo, "
             "Toscano, Montoya, Heredia, Amador, Fajardo, Soto, Arjona, Marchena, Villalobos, Espejo, Lebrija, "
             "Jurado, Benjumea, Camacho")),
}

NICKS = {
    "es": _L("Pepe, Lupita, Chuy, Paco, Memo, Lalo, Chema, Nacho, Toño, Beto, Kike, Chava, Pancho, Lety, Maru, "
             "Paty, Chayo, Licha, Conchita, Chelo, Charo, Merche, Curro, Manolo, Pili, Fito, Tincho, Facu, "
             "Juanchi, Pacho, Mafe, Cuqui, Yoyi, Fefa, Pochi, Lucho, Moncho, Nena, Chabela, Tati"),
    "pt": _L("Juninho, Zé, Tião, Dudu, Bia, Duda, Guto, Rafinha, Tatá, Nanda, Cacá, Lulu, Gabi, Manu, "
             "Fabinho, Kiko, Tuca, Zeca, Quim, Nelinho, Lili, Didi, Toninho, Chico, Xande, Biel, Zezinho, Tonho"),
}

TITLES = {
    ("es", "m"): _L("Sr., Sr, Don, Lic., Ing., Dr., señor, Mr, sr"),
    ("es", "f"): _L("Sra., Srta., Doña, Lic., Dra., señora, Ms, Mrs, sra"),
    ("pt", "m"): _L("Sr., Seu, Dr., Eng., senhor, Mr, sr"),
    ("pt", "f"): _L("Sra., Dona, D., Dra., senhora, Ms, sra"),
}

# ---------------------------------------------------------------- countries
# pattern symbols: '#' digit, '&' non-zero digit, '@' capital letter, '\u00a7' literal hash
COUNTRIES = {
    "MX": dict(lang="es",
        phone=["+52 55 #### ####", "55 #### ####", "(81) ####-####", "+52 1 33 #### ####", "55########",
               "(55) &###-####", "+52 (222) ### ####"],
        addr=["Av. Insurgentes Sur &###, Piso &, Col. Del Valle", "Calle Durango &&# Int. &, Col. Roma Norte",
              "Calz. de Tlalpan &### Depto &0&, Col. Portales", "Av. Vallarta &### int &-B, Col. Americana",
              "calle Río Lerma &&, Col. Cuauhtémoc", "Av. Revolución &### edif. &, depto &0&",
              "Calle Hidalgo &&# Col. Centro", "Cerrada de los Pinos &&, Col. Jardines del Pedregal",
              "Mz. && Lt. &&, Col. Ejército de Oriente"],
        pc=["0&###", "&####", "44&##", "64&##"], pc_cue=["CP ", "C.P. ", "cp ", "C.P."], order="addr_pc_city",
        cities=["Ciudad de México", "CDMX", "Guadalajara", "Monterrey", "Puebla", "Querétaro", "Mérida", "Toluca", "León, Gto."],
        cur=["$#,### MXN", "MXN &##", "$&##.00", "$&,&##"],
        dist=["Polanco", "Coyoacán", "Santa Fe", "Satélite", "Tlalpan", "Iztapalapa"]),
    "US": dict(lang="en",
        phone=["(305) &##-####", "+1 786 &## ####", "210-&##-####", "(956) &##-####", "+1 (954) &##-####", "786.&##.####"],
        addr=["&### SW &th St Apt &@", "&### NW &&th Ave", "&### W Flagler St Unit &&", "&&& Zarzamora St",
              "&### Culebra Rd Apt &&0", "&&& S Flores St", "PO Box &###", "&### Palm Ave, Apt &0&"],
        pc=["331&#", "330&#", "782&#"], pc_cue=["", "ZIP ", "zip "], order="addr_city_pc",
        cities=["Miami", "Hialeah", "Doral", "Kendall", "San Antonio", "Laredo", "Miami Beach"],
        cur=["$&##.##", "USD &##", "$&&"],
        dist=["Little Havana", "Westchester", "Brickell", "Southtown", "Alamo Heights"]),
    "PR": dict(lang="es",
        phone=["(787) &##-####", "939-&##-####", "+1 787 &## ####", "787-&##-####"],
        addr=["Calle Loíza &### Apt &", "Urb. Villa Carolina, Calle && Bloque && §&", "Cond. Torres del Parque Apt &&0&",
              "Ave. Ponce de León &### Ste &0&", "HC 0& Box &###", "Calle Sol &&& Viejo San Juan", "PO Box &####"],
        pc=["009&#", "007&#", "006&#"], pc_cue=["", "PR ", "zip "], order="addr_city_pc",
        cities=["San Juan", "Bayamón", "Carolina", "Caguas", "Ponce", "Mayagüez", "Guaynabo"],
        cur=["$&##.##", "$&&"], dist=["Santurce", "Condado", "Río Piedras", "Hato Rey"]),
    "DO": dict(lang="es",
        phone=["809-&##-####", "+1 829 &## ####", "(849) &##-####", "809 &## ####"],
        addr=["Calle El Conde §&&", "Av. Winston Churchill &&, Torre Acrópolis Apt &@", "C/ Duarte No. &&, Ens. Ozama",
              "Av. 27 de Febrero §&&&, Apto &0&", "Calle &, Res. Las Praderas, Casa &&"],
        pc=["10&0&", "11&0&"], pc_cue=["CP ", "cod. postal "], order="addr_city_pc",
        cities=["Santo Domingo", "Santiago de los Caballeros", "La Romana", "San Pedro de Macorís"],
        cur=["RD$ &,###", "RD$&##", "US$ &&"], dist=["Piantini", "Naco", "Zona Colonial", "Los Mina"]),
    "CU": dict(lang="es",
        phone=["+53 5### ####", "5#######", "+53 7 &## ####"],
        addr=["Calle 23 §&&& e/ 12 y 14, Vedado", "Calle Obispo &&& apto &", "Ave. 5ta §&&0&, Miramar",
              "Calle Neptuno &&& altos, Centro Habana"],
        pc=["10&00", "1&400"], pc_cue=["CP "], order="addr_city_pc",
        cities=["La Habana", "Santiago de Cuba", "Holguín", "Camagüey", "Matanzas"],
        cur=["USD &&", "&,### CUP", "MLC &&"], dist=["Vedado", "Miramar", "Habana Vieja"]),
    "GT": dict(lang="es",
        phone=["+502 5### ####", "4###-####", "+502 &###-####"],
        addr=["&a Avenida &&-&& Zona &0", "Calzada Roosevelt &&-&& Zona 11", "1& Calle &-&0 Zona 1, Apto &",
              "Diagonal 6 1&-&& Zona 10, Edificio Torre &, Of. &0&"],
        pc=["010&0", "01&01"], pc_cue=["CP ", "código postal "], order="addr_city_pc",
        cities=["Ciudad de Guatemala", "Quetzaltenango", "Mixco", "Antigua Guatemala", "Villa Nueva"],
        cur=["Q&##", "Q &,###.00"], dist=["Zona 10", "Zona 4", "Cayalá"]),
    "SV": dict(lang="es",
        phone=["+503 7### ####", "7###-####", "22##-####"],
        addr=["Calle El Mirador §&&&0, Col. Escalón", "Av. Olímpica §&&&0, Col. Flor Blanca",
              "Pasaje Los Pinos §&&, Col. Miramonte", "Res. Altos del Boulevard, Pol. @ Casa &&"],
        pc=["CP 1101", "CP 1&01"], pc_cue=[""], order="addr_city_pc",
        cities=["San Salvador", "Santa Tecla", "San Miguel", "Soyapango", "Antiguo Cuscatlán"],
        cur=["$&&", "$&##.##"], dist=["Escalón", "San Benito", "Multiplaza"]),
    "HN": dict(lang="es",
        phone=["+504 9###-####", "3###-####", "+504 2&##-####"],
        addr=["Col. Palmira, Av. República de Chile §&&&", "Bo. El Centro, 3a Calle, Casa &&",
              "Res. Lomas del Guijarro, Bloque @, Casa &&", "Col. Kennedy, Zona &, Bloque &&, Casa &&&"],
        pc=["11101", "21&01"], pc_cue=["CP ", ""], order="addr_city_pc",
        cities=["Tegucigalpa", "San Pedro Sula", "La Ceiba", "Choluteca", "Comayagüela"],
        cur=["L &,###", "L&##.00"], dist=["Colonia Palmira", "Los Próceres", "Barrio Guamilito"]),
    "CO": dict(lang="es",
        phone=["+57 3&# ### ####", "3&# ### ####", "3&########", "(601) &## ####", "+57 (604) &## ####"],
        addr=["Calle &&& § &&-&& Apto &0&", "Carrera & § &&-&& Torre @ Of &0&", "Cra 4&@ § & Sur-&00",
              "Av. Calle 26 § 6&@-&&", "Kr 1& § 9&-&0 Apto 1&0&", "Diagonal 4&@ § 1&-&1", "Transversal 2& § 9&-4& Int &",
              "Cl. 1& Sur § 4&-&& casa &&", "Mz & Casa && Barrio El Recreo"],
        pc=["110&&&", "050&&&", "760&&&", "080&&&"], pc_cue=["código postal ", "CP ", "cód. postal "], order="addr_city_pc",
        cities=["Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena", "Bucaramanga", "Pereira", "Envigado"],
        cur=["$&&.900", "COP &&&.000", "$&.&&0.000"], dist=["Chapinero", "Usaquén", "El Poblado", "Laureles", "Granada"]),
    "VE": dict(lang="es",
        phone=["+58 412-&##.####", "0414-&##-####", "0424 &## ## ##", "(0212) &##.##.##", "+58 416 &######"],
        addr=["Av. Francisco de Miranda, Edif. Parque Cristal, Piso &, Of. &-&",
              "Calle Los Jabillos, Qta. Mi Refugio, La Florida", "Av. Libertador, Res. Los Caobos, Torre @, Apto &&-@",
              "Calle 7& con Av. 3Y, Edif. Lago Mar, Piso &", "Urb. La Trigaleña, Calle &&, Casa §&&-&&"],
        pc=["10&0", "40&&", "20&&"], pc_cue=["Zona postal ", "cod. postal ", "CP "], order="addr_city_pc",
        cities=["Caracas", "Maracaibo", "Valencia", "Barquisimeto", "Mérida", "Puerto Ordaz"],
        cur=["Bs. &.&##", "USD &&", "$&&"], dist=["Chacao", "Altamira", "Los Palos Grandes", "El Cafetal"]),
    "PE": dict(lang="es",
        phone=["+51 9## ### ###", "9##-###-###", "9########", "(01) &##-####", "+51 (01) &## ####"],
        addr=["Av. Javier Prado Este &### Dpto. &&0&", "Jr. Huallaga &&0 Int. &", "Calle Las Begonias &&& Of. &0&",
              "Av. Arequipa &### Dpto &0&", "Mz. @ Lt. && Urb. Los Olivos", "Psje. Los Jazmines &&& 2do piso",
              "Av. Larco &&&, piso &", "Jr. de la Unión &&& Int. &0&"],
        pc=["150&&", "040&&", "080&&"], pc_cue=["CP ", "código postal ", ""], order="addr_city_pc",
        cities=["Lima", "Arequipa", "Cusco", "Trujillo", "Chiclayo", "Piura", "Huancayo", "Puno", "Callao"],
        cur=["S/ &&9.90", "S/. &&", "S/&,&##.00"], dist=["Miraflores", "San Isidro", "Barranco", "Surco", "San Juan de Lurigancho"]),
    "BO": dict(lang="es",
        phone=["+591 7#######", "6#######", "+591 2 2&#####", "7&## ####"],
        addr=["Calle Jaén N° &, Zona Central", "Av. 6 de Agosto §&&&&, Edif. Illimani, Piso &", "Calle 21 de Calacoto §&&&&",
              "Av. Cristo Redentor Km &, calle &&", "Calle Sucre §&&&, Zona Norte"],
        pc=[], pc_cue=[""], order="addr_city_pc",
        cities=["La Paz", "El Alto", "Santa Cruz de la Sierra", "Cochabamba", "Sucre", "Oruro"],
        cur=["Bs &&0", "Bs. &.&##", "USD &&"], dist=["Sopocachi", "Calacoto", "Equipetrol", "Miraflores"]),
    "EC": dict(lang="es",
        phone=["+593 9& ### ####", "09& ### ####", "(02) &##-####", "+593 (4) &## ####"],
        addr=["Av. Amazonas N3&-&&& y Av. Atahualpa", "Calle García Moreno Oe&-&& y Sucre",
              "Av. 9 de Octubre 1&&& y Esmeraldas, Piso &", "Cdla. Kennedy Norte, Mz. 1&& Villa &&",
              "Av. 6 de Diciembre N&&-&& y Colón, Edif. &, Dpto &0&"],
        pc=["170&&&", "090&&&", "010&&&"], pc_cue=["CP ", "código postal "], order="addr_city_pc",
        cities=["Quito", "Guayaquil", "Cuenca", "Ambato", "Loja", "Riobamba"],
        cur=["USD &&.&0", "$&&&"], dist=["La Mariscal", "Cumbayá", "Samborondón", "Urdesa"]),
    "AR": dict(lang="es",
        phone=["+54 9 11 &###-####", "11 15-&###-####", "011 4&##-####", "+54 9 351 &##-####", "15 &###-####",
               "+54 9 341 &## ####"],
        addr=["Av. Santa Fe &### Piso & Depto @", "Av. Corrientes &### &° @", "Calle 50 N° &&& e/ 7 y 8",
              "Thames &&&0 PB &", "Av. Rivadavia &&&0, &° piso, dpto. @", "Bv. Oroño &&&&", "Gurruchaga &&&& 1° @",
              "Lote &&, Barrio Los Álamos"],
        pc=["C1&##@@@", "1&##", "X5000@@@", "B1900", "S2000"], pc_cue=["CP ", "C.P. ", "", "cp "], order="addr_pc_city",
        cities=["CABA", "Buenos Aires", "Córdoba", "Rosario", "Mendoza", "La Plata", "Mar del Plata", "Quilmes"],
        cur=["$&&.&00", "ARS &&.&00", "$ &.&&0"], dist=["Palermo", "Recoleta", "Caballito", "Belgrano", "Villa Crespo"]),
    "UY": dict(lang="es",
        phone=["+598 9& ### ###", "09& ### ###", "2&## ####"],
        addr=["Bv. Artigas &&&& apto &0&", "Av. 18 de Julio &&&& esc. &0&", "Rambla República de México &&0&",
              "Juan Paullier &&&0 apto &", "Av. Italia &&&& bis, apto &0&"],
        pc=["11&00", "20&00"], pc_cue=["CP ", "C.P. "], order="addr_pc_city",
        cities=["Montevideo", "Punta del Este", "Salto", "Paysandú", "Maldonado"],
        cur=["$U &.&&0", "$&&0", "USD &&"], dist=["Pocitos", "Carrasco", "Cordón", "Punta Carretas"]),
    "CL": dict(lang="es",
        phone=["+56 9 &### ####", "9 &### ####", "+56 2 2&## ####", "9&#######"],
        addr=["Av. Apoquindo &&0& depto 1&0&", "Av. Providencia 1&0& of. &0&", "Pasaje Los Aromos &&&&",
              "Calle Merced &&&, depto &&", "Av. Vicuña Mackenna 3&&&, block &, depto &&", "Los Carrera &&&, casa @"],
        pc=["7&&0000", "8&&0000", "75&00&&"], pc_cue=["CP ", "código postal "], order="addr_city_pc",
        cities=["Santiago", "Las Condes", "Ñuñoa", "Valparaíso", "Viña del Mar", "Concepción", "Antofagasta", "Temuco"],
        cur=["$&&.990", "CLP &&.990", "$&.&&0"], dist=["Providencia", "Vitacura", "Maipú", "La Florida"]),
    "PY": dict(lang="es",
        phone=["+595 981 ### ###", "0981 ### ###", "(021) &## ###", "+595 97& &## ###"],
        addr=["Avda. Mcal. López &&&& c/ Cruz del Chaco", "Calle Palma &&0 esq. 15 de Agosto", "Tte. Fariña 1&&& c/ Brasil",
              "Avda. España 2&&&, Edif. Aurora, Piso &"],
        pc=["1&09", "1&&0"], pc_cue=["CP ", ""], order="addr_pc_city",
        cities=["Asunción", "Ciudad del Este", "Encarnación", "San Lorenzo", "Luque"],
        cur=["Gs. &&0.000", "₲ &&.000", "USD &&"], dist=["Villa Morra", "Recoleta", "Sajonia"]),
    "BR": dict(lang="pt",
        phone=["+55 11 9####-####", "(11) 9####-####", "11 9#### ####", "(21) 9####-####", "+55 (31) 9####-####",
               "(11) 3&##-####", "11 9########", "+55 61 9####-####"],
        addr=["Rua Oscar Freire, &&&, apto &2", "Av. Paulista, 1&&&, conj. 1&", "Rua das Laranjeiras, &&&, bloco @, apto 1&0&",
              "R. Augusta 1&0& ap &&", "Rua Voluntários da Pátria, &&0 - casa &", "Av. Sete de Setembro, &&00, sala &",
              "Rua &&, nº &&& - Bairro Jardim América", "Travessa Santa Luzia &&, fundos", "Estrada do Campo Limpo, &&&&, casa &"],
        pc=["0&&&&-&&0", "&&&&&-###", "2&&&0-0&0"], pc_cue=["CEP ", "cep ", "CEP: "], order="addr_city_pc",
        cities=["São Paulo", "São Paulo/SP", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Porto Alegre", "Salvador",
                "Recife", "Fortaleza", "Campinas"],
        cur=["R$ &.&&9,90", "R$&&,90", "R$ &&&,00"], dist=["Pinheiros", "Moema", "Vila Madalena", "Copacabana", "Savassi", "Itaim Bibi"]),
    "PT": dict(lang="pt",
        phone=["+351 91& ### ###", "96& ### ###", "21& ### ###", "+351 93#######", "22& ### ###"],
        addr=["Rua Garrett &&, 3.º Esq.", "Av. da Liberdade &&0, 2º Dto", "Rua de Santa Catarina &&&, 1º",
              "Travessa do Carvalho &, r/c", "Praça do Bom Sucesso &&, 4.º Frente", "Rua Augusta &&&, 2º andar",
              "Rua Damião de Góis &&, 5º B", "Bairro da Boavista, Lote &&, 1º Esq."],
        pc=["1&00-0&&", "4&00-&&&", "2&&0-&&&"], pc_cue=["", "CP ", "cód. postal "], order="addr_pc_city",
        cities=["Lisboa", "Porto", "Braga", "Coimbra", "Setúbal", "Faro", "Amadora", "Sintra"],
        cur=["&&,99 €", "€&&", "&&&,00€"], dist=["Chiado", "Alfama", "Benfica", "Parque das Nações", "Campo de Ourique"]),
    "CV": dict(lang="pt",
        phone=["+238 9&& ## ##", "+238 26& ## ##", "9&& ## ##"],
        addr=["Rua 5 de Julho, nº &&, Plateau", "Achada Santo António, Rua Cidade do Funchal &&", "Av. Cidade de Lisboa, Bloco &, 2º andar",
              "Rua de Lisboa &&, Mindelo", "Palmarejo Grande, Rua &&, casa &&"],
        pc=["7600", "&110"], pc_cue=["CP ", ""], order="addr_pc_city",
        cities=["Praia", "Mindelo", "Santa Maria", "Assomada", "Espargos"],
        cur=["&.&00$00", "CVE &.&00", "&&,00 €"], dist=["Plateau", "Palmarejo", "Achada Santo António"]),
    "AO": dict(lang="pt",
        phone=["+244 92& ### ###", "92& ### ###", "+244 9&& ### ###"],
        addr=["Rua Rainha Ginga nº &&, &º andar", "Av. 4 de Fevereiro nº &&, Ingombota", "Rua Amílcar Cabral &&&, apt. &@",
              "Condomínio Vida Pacífica, Bloco &&, Apto &@", "Rua &&, Casa &&, Bairro Alvalade"],
        pc=[], pc_cue=[""], order="addr_city_pc",
        cities=["Luanda", "Benguela", "Huambo", "Lubango", "Talatona"],
        cur=["Kz &&.000", "&.&00 Kz", "AOA &&.&00"], dist=["Talatona", "Maianga", "Kilamba", "Miramar"]),
    "MZ": dict(lang="pt",
        phone=["+258 8& ### ####", "84 ### ####", "+258 82 &######"],
        addr=["Av. Julius Nyerere &&&&, Sommerschield", "Av. 24 de Julho nº &&&&, 2º andar, flat &", "Rua da Resistência &&&0",
              "Av. Eduardo Mondlane &&0&, r/c", "Bairro da Polana Caniço @, Q. &&, casa &&"],
        pc=["1100", "1&&&"], pc_cue=["CP ", ""], order="addr_pc_city",
        cities=["Maputo", "Matola", "Beira", "Nampula", "Quelimane"],
        cur=["MT &.&00", "&.&00,00 MZN", "&&0 MT"], dist=["Polana", "Sommerschield", "Baixa", "Costa do Sol"]),
    "ES": dict(lang="es",
        phone=["+34 6&& ## ## ##", "6&& ### ###", "91 &## ## ##", "+34 7&& ### ###", "6&&######"],
        addr=["C/ Alcalá &&&, 3º B", "Calle de Serrano &&, 4º izda.", "Avda. de América &&, 1ºD", "Pº de la Castellana &&, esc. 2, 5º A",
              "Calle Gran Vía &&, bajo", "Plaza de Chamberí &, 2º dcha.", "C/ Bravo Murillo &&&, 6º C", "Ronda de Atocha &&, ático"],
        pc=["280&&", "28&&0", "470&&", "500&&"], pc_cue=["", "CP ", "C.P. "], order="addr_pc_city",
        cities=["Madrid", "Alcobendas", "Getafe", "Valladolid", "Toledo", "Zaragoza", "Móstoles"],
        cur=["&&,99 €", "€&&", "&&& euros"], dist=["Salamanca", "Chamberí", "Lavapiés", "Malasaña", "Vallecas"]),
    "EA": dict(lang="es",
        phone=["+34 6&& ## ## ##", "6&& ### ###", "954 ## ## ##", "+34 95& ### ###", "7&& ## ## ##"],
        addr=["C/ Sierpes &&, 2º A", "Avda. de la Constitución &&, 3º izq.", "Calle Larios &, 1º", "C/ Pureza &&, bajo B",
              "Calle Ancha &&", "Avda. República Argentina &&, 5º D", "Plaza del Pan &, 1º"],
        pc=["410&&", "290&&", "110&&", "180&&", "140&&"], pc_cue=["", "CP ", "C.P. "], order="addr_pc_city",
        cities=["Sevilla", "Málaga", "Cádiz", "Granada", "Córdoba", "Huelva", "Jerez de la Frontera", "Almería"],
        cur=["&&,99 €", "€&&", "&&& euros"], dist=["Triana", "Nervión", "el Albaicín", "La Viña", "Macarena"]),
}

EMAIL_DOMAINS = {
    "MX": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "prodigy.net.mx"],
    "BR": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "terra.com.br", "yahoo.com.br"],
    "PT": ["sapo.pt", "gmail.com", "hotmail.com", "outlook.pt"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"], "EA": ["gmail.com", "hotmail.es", "yahoo.es"],
    "AR": ["gmail.com", "hotmail.com.ar", "yahoo.com.ar", "fibertel.com.ar"], "CL": ["gmail.com", "vtr.net", "hotmail.cl"],
    "CO": ["gmail.com", "hotmail.com", "une.net.co"], "US": ["gmail.com", "aol.com", "icloud.com", "yahoo.com"],
}
EMAIL_GENERIC = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "live.com"]


# ---------------------------------------------------------------- helpers
def _fill(rng, pat):
    out = []
    for ch in pat:
        if ch == "#":
            out.append(str(rng.randrange(10)))
        elif ch == "&":
            out.append(str(rng.randrange(1, 10)))
        elif ch == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXZ"))
        elif ch == "\u00a7":
            out.append("#")
        else:
            out.append(ch)
    return "".join(out)


def _dots(n):
    return f"{n:,}".replace(",", ".")


def _luhn_complete(rng, prefix, length):
    digits = [int(c) for c in prefix] + [rng.randrange(10) for _ in range(length - len(prefix) - 1)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    digits.append((10 - total % 10) % 10)
    return "".join(map(str, digits))


def _iban(rng, cc, bban_len, letters=False):
    bban = "".join(str(rng.randrange(10)) for _ in range(bban_len))
    if letters:
        bban = bban[:-2] + rng.choice("CP") + "1"
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    check = 98 - int(conv) % 97
    raw = f"{cc}{check:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


def _nat_check(rng, n):
    body = "".join(str(rng.randrange(10)) for _ in range(n))
    return body + f"{98 - int(body + '00') % 97:02d}"


def _es_bban(rng):
    ent = f"{rng.choice([2100, 182, 49, 75, 81, 128, 2038, 3058]):04d}"
    off = f"{rng.randrange(1, 9999):04d}"
    acc = "".join(str(rng.randrange(10)) for _ in range(10))
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(s):
        r = 11 - sum(int(c) * k for c, k in zip(s, w)) % 11
        return 0 if r == 11 else 1 if r == 10 else r
    return f"{ent}{off}{dc('00' + ent + off)}{dc(acc)}{acc}"


def _iban_from(rng, cc, bban):
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    raw = f"{cc}{98 - int(conv) % 97:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


def _cpf(rng):
    d = [rng.randrange(10) for _ in range(9)]
    for k in (10, 11):
        s = sum(v * (k - i) for i, v in enumerate(d))
        r = s % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if rng.random() < 0.8 else s


def _rut(rng):
    n = rng.randrange(5_000_000, 26_000_000)
    s, m = 0, 2
    for c in reversed(str(n)):
        s += int(c) * m
        m = 2 if m == 7 else m + 1
    r = 11 - s % 11
    dv = "0" if r == 11 else "K" if r == 10 else str(r)
    if rng.random() < 0.7:
        return f"{_dots(n)}-{dv}"
    return f"{n}-{dv}"


def _dni_es(rng):
    n = rng.randrange(1_000_000, 99_999_999)
    return f"{n:08d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]


def _nie(rng):
    p = rng.randrange(3)
    n = rng.randrange(1_000_000, 9_999_999)
    return "XYZ"[p] + f"{n:07d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[int(f"{p}{n:07d}") % 23]


def _nif_pt(rng):
    d = [rng.choice([1, 2, 2, 3])] + [rng.randrange(10) for _ in range(7)]
    s = sum(v * (9 - i) for i, v in enumerate(d))
    c = 11 - s % 11
    d.append(0 if c >= 10 else c)
    return "".join(map(str, d))


def _curp(rng, sex):
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    V = "AEIOU"
    C = "BCDFGHJKLMNPRSTVZ"
    y, m, dd = rng.randrange(40, 100), rng.randrange(1, 13), rng.randrange(1, 29)
    st = rng.choice(["DF", "JC", "NL", "PL", "MC", "VZ", "GT", "YN", "QT", "CH", "BC", "SR", "OC", "GR"])
    return (rng.choice(L) + rng.choice(V) + rng.choice(L) + rng.choice(L) + f"{y:02d}{m:02d}{dd:02d}"
            + ("H" if sex == "m" else "M") + st + rng.choice(C) + rng.choice(C) + rng.choice(C)
            + rng.choice("0123456789A") + str(rng.randrange(10)))


def _ssn(rng):
    a = rng.randrange(1, 665)
    return f"{a:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


def _natid(rng, country, sex):
    """(cue, value) pairs for national ids in local formats."""
    c = country
    if c == "MX":
        return rng.choice([(rng.choice(["CURP ", "curp: ", "CURP: "]), _curp(rng, sex)),
                           (rng.choice(["RFC ", "rfc "]), _curp(rng, sex)[:10] + _fill(rng, "@&#")),
                           (rng.choice(["INE ", "clave elector "]), _fill(rng, "@@@@@@") + _fill(rng, "########") + _fill(rng, "@&##"))])
    if c in ("US", "PR"):
        return rng.choice([(rng.choice(["SSN ", "ssn ", "social "]), _ssn(rng)),
                           (rng.choice(["DL ", "driver lic "]), _fill(rng, "@###-###-##-###-#") if c == "US" else _fill(rng, "&######"))])
    if c == "DO":
        return (rng.choice(["cédula ", "ced. ", "cedula "]), _fill(rng, "0&#-#######-#"))
    if c == "CU":
        return (rng.choice(["carnet ", "CI ", "carné de identidad "]), _fill(rng, "&#0&&#####"))
    if c == "GT":
        return (rng.choice(["DPI ", "dpi "]), _fill(rng, "&### ##### 0&0&"))
    if c == "SV":
        return (rng.choice(["DUI ", "dui "]), _fill(rng, "0########-#"))
    if c == "HN":
        return (rng.choice(["DNI ", "identidad "]), _fill(rng, "0&01-19&#-#####"))
    if c == "CO":
        return (rng.choice(["CC ", "C.C. ", "cédula ", "cc "]),
                rng.choice([_dots(rng.randrange(1_000_000_000, 1_200_000_000)), _dots(rng.randrange(10_000_000, 99_999_999)),
                            str(rng.randrange(1_000_000_000, 1_200_000_000))]))
    if c == "VE":
        return (rng.choice(["CI ", "cédula ", "C.I. "]),
                rng.choice(["V-", "V", "E-"]) + rng.choice([_dots(rng.randrange(5_000_000, 32_000_000)), str(rng.randrange(5_000_000, 32_000_000))]))
    if c == "PE":
        return rng.choice([(rng.choice(["DNI ", "dni ", "DNI: "]), _fill(rng, "&#######")),
                           (rng.choice(["RUC ", "ruc "]), "10" + _fill(rng, "&########"))])
    if c == "BO":
        return (rng.choice(["CI ", "C.I. ", "ci "]), _fill(rng, "&######") + rng.choice([" LP", " SC", " CB", "-1B LP", ""]))
    if c == "EC":
        return (rng.choice(["cédula ", "CI ", "ced "]), rng.choice(["17", "09", "01", "18"]) + _fill(rng, "########"))
    if c == "AR":
        return rng.choice([(rng.choice(["DNI ", "dni ", "DNI: "]), _dots(rng.randrange(10_000_000, 48_000_000))),
                           (rng.choice(["CUIL ", "cuit "]), rng.choice(["20", "27", "23"]) + "-" + str(rng.randrange(10_000_000, 48_000_000)) + "-" + str(rng.randrange(10)))])
    if c == "UY":
        return (rng.choice(["CI ", "cédula ", "C.I. "]), f"{_dots(rng.randrange(1_000_000, 6_500_000))}-{rng.randrange(10)}")
    if c == "CL":
        return (rng.choice(["RUT ", "rut ", "RUN ", "RUT: "]), _rut(rng))
    if c == "PY":
        return (rng.choice(["CI ", "C.I. N° ", "cédula "]), _dots(rng.randrange(800_000, 7_500_000)))
    if c == "BR":
        return rng.choice([(rng.choice(["CPF ", "cpf ", "CPF: "]), _cpf(rng)), (rng.choice(["CPF ", "cpf "]), _cpf(rng)),
                           (rng.choice(["RG ", "rg "]), _fill(rng, "&#.###.###-#"))])
    if c == "PT":
        return rng.choice([(rng.choice(["NIF ", "nif ", "contribuinte "]), _nif_pt(rng)),
                           (rng.choice(["CC ", "cartão de cidadão "]), _fill(rng, "&#######") + " " + _fill(rng, "# @@&"))])
    if c == "CV":
        return (rng.choice(["NIF ", "CNI "]), "1" + _fill(rng, "########"))
    if c == "AO":
        return (rng.choice(["BI ", "bi nº "]), _fill(rng, "00#######") + rng.choice(["LA", "BA", "HO"]) + _fill(rng, "0&#"))
    if c == "MZ":
        return rng.choice([(rng.choice(["NUIT ", "nuit "]), "1" + _fill(rng, "########")),
                           (rng.choice(["BI ", "BI nº "]), "1101" + _fill(rng, "00########") + rng.choice("ABMNPQ"))])
    if c in ("ES", "EA"):
        return rng.choice([(rng.choice(["DNI ", "dni ", "NIF "]), _dni_es(rng)), (rng.choice(["NIE ", "nie "]), _nie(rng))])
    raise _Skip()


def _date_str(rng, y, m, d, lang):
    MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
    MESP = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
    MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    k = rng.randrange(9)
    if k == 0:
        return f"{d:02d}/{m:02d}/{y}"
    if k == 1:
        return f"{d}/{m}/{y % 100:02d}"
    if k == 2:
        return f"{y}-{m:02d}-{d:02d}"
    if k == 3:
        return f"{d:02d}.{m:02d}.{y}"
    if k == 4:
        return f"{d:02d}-{m:02d}-{y}"
    if k == 5:
        return f"{MON[m - 1]} {d}, {y}" if rng.random() < 0.5 else f"{m:02d}/{d:02d}/{y}"
    if k == 6:
        return f"{d} {MON[m - 1][:3].lower()} {y}"
    names = MESP if lang == "pt" else MES
    return f"{d} de {names[m - 1]} de {y}" if k == 7 else f"{d} {names[m - 1]} {y}"


# ---------------------------------------------------------------- o-fillers
F = dict(
    PROD=_L("iPhone 15 Pro, iPhone 13, Galaxy A54, Galaxy S24 Ultra, Moto G84, Moto E13, Redmi Note 13, Xiaomi 14, "
            "Poco X6, Huawei P60, iPad Air, MacBook Air M2, Apple Watch SE, AirPods Pro, Galaxy Buds2, PlayStation 5, "
            "Xbox Series S, Nintendo Switch, Kindle Paperwhite, Chromecast, Fire TV Stick, Echo Dot, decodificador HD, "
            "router Wi-Fi 6, Roku Express, JBL Flip 6, Lenovo IdeaPad 3, Dell Inspiron 15, impresora Epson L3250, "
            "geladeira Brastemp, lavadora Mabe, air fryer Mondial, licuadora Oster, Galaxy Tab A9, Motorola Edge 40"),
    MODEL=_L("HG8145V5, F670L, SM-A546E, XT2343-1, 55UR8750PSA, EX520, Archer C6, ZTE F6600P, Arris TG2482, "
             "Technicolor CGA4233, Sagemcom 5657, MF833V, DIR-842, A2890, KD-55X80K, UN50CU7000"),
    PLAN=_L("Plan Ilimitado 5G, Controle 25GB, Pospago Max 40, Fibra 500 Mega, Vivo Fibra 700, Claro Total, "
            "Telcel Ultra 6, Plan Libre, Internet Hogar 300 Mb, Movistar Total, Plan Familia 4 líneas, Tarifa Fusión, "
            "MEO Fibra 1 Giga, NOS 4, Pós Família 100GB, Prepago Recarga 200, Netflix Premium, Triple Play, "
            "Plan Pyme, Seguro Celular Plus, Tarjeta Oro, Cuenta Sueldo, Visa Infinite, Mastercard Black, Plan Amigo, "
            "Entel Libre, WOM Ilimitado, Tigo Hogar, Personal Flow, Fibra Óptica 1GB"),
    BRAND=_L("Telcel, AT&T, Movistar, Claro, Vivo, TIM, Oi, Entel, WOM, Personal, Tigo, Bitel, Digitel, Movilnet, "
             "Liberty, MEO, NOS, Vodafone, Orange, Yoigo, Digi, Unitel, Vodacom, Mercado Libre, Nubank, Itaú, "
             "Bradesco, Banco do Brasil, Caixa, Santander, BBVA, Banorte, Bancolombia, Davivienda, Banco Pichincha, "
             "BCP, Interbank, BancoEstado, Galicia, Banco Nación, Millennium BCP, CaixaBank, Rappi, iFood, DiDi, "
             "Cabify, Uber, inDrive, PedidosYa, Glovo, Falabella, Ripley, Liverpool, Coppel, Elektra, OXXO, Magalu, "
             "Americanas, Casas Bahia, El Corte Inglés, Continente, Pingo Doce, Sodimac, Éxito, Walmart, Soriana, "
             "Carrefour, Lojas Renner, Juan Valdez, Pollo Campero, Dr. Simi, Sanborns, Fnac, Worten, MediaMarkt, "
             "Publix, H-E-B, Ualá, Banco Popular, Popular Bank, Farmacias del Ahorro, Cruz Verde"),
    APP=_L("Mi Telcel, Meu Vivo, Mi Movistar, Mi Claro, Nubank, Yape, Plin, Nequi, Daviplata, Bizum, MB Way, Pix, "
           "CoDi, Zelle, Mercado Pago, Ualá, MODO, PicPay, BBVA México, Rappi, WhatsApp Business, Mi Entel, "
           "Tigo Money, app MEO, Meu TIM, Cuenta DNI, Banco Pichincha Móvil, ATH Móvil"),
    QUEUE=_L("Retención, Bajas, Cobranzas, Soporte Técnico N2, Fila Fibra, Escalations LATAM, Tier 2, Billing ES, "
             "Fraude, Postventa, Atención VIP, Portabilidade, Ouvidoria, Fidelização, Back Office, Reclamos, "
             "Mesa de Ayuda, WhatsApp, Chat PT-BR, Spanish Line, Priority Care, Onboarding, Turno Noche, Cobrança"),
    TEAM=_L("Team Cóndor, Team Jaguar, Squad Tucán, Equipo Colibrí, Time Onça, Team Quetzal, Squad Ñandú, "
            "Equipo Alfa, Team Miami, Célula Lisboa, Team Bogotá Norte, Squad SP2"),
    DIST=_L("Polanco, Coyoacán, Miraflores, Barranco, San Isidro, Palermo, Recoleta, Providencia, Las Condes, "
            "Chapinero, El Poblado, Pinheiros, Moema, Vila Madalena, Copacabana, Chiado, Alfama, Salamanca, Chamberí, "
            "Triana, Little Havana, Hialeah, Doral, Condado, Santurce, Zona 10, Escalón, Pocitos, Villa Morra, "
            "Sopocachi, La Mariscal, Benito Juárez, Gustavo A. Madero, Vila Olímpia, Santa Cruz"),
    CITY=_L("Ciudad de México, Guadalajara, Monterrey, Bogotá, Medellín, Cali, Buenos Aires, Rosario, Córdoba, "
            "Montevideo, Santiago, Valparaíso, Lima, Arequipa, Cusco, La Paz, Santa Cruz, Quito, Guayaquil, Caracas, "
            "Maracaibo, Asunción, São Paulo, Rio, Belo Horizonte, Porto Alegre, Recife, Lisboa, Porto, Madrid, "
            "Sevilla, Málaga, Miami, San Antonio, San Juan, Santo Domingo, La Habana, Praia, Luanda, Maputo, "
            "Tegucigalpa, San Salvador, Ciudad de Guatemala"),
    PLACE=_L("aeropuerto Jorge Chávez, AICM, aeropuerto Benito Juárez, El Dorado, Ezeiza, Aeroparque Jorge Newbery, "
             "Guarulhos, Congonhas, aeroporto Humberto Delgado, Adolfo Suárez Madrid-Barajas, MIA, "
             "aeropuerto Arturo Merino Benítez, aeropuerto Mariscal Sucre, aeroporto Nelson Mandela, "
             "aeroporto 4 de Fevereiro, aeropuerto Las Américas, aeropuerto José Martí, Luis Muñoz Marín, "
             "Silvio Pettirossi, metro Pino Suárez, estação Sé, estação Faria Lima, metro Baquedano, Plaza Italia, "
             "estación Constitución, Atocha, Santa Apolónia, Cais do Sodré, estación San Bernardo, metro Hidalgo, "
             "terminal Tietê, Plaza San Martín, Hospital Rebagliati, Shopping Eldorado, Parque Arauco, Jockey Plaza, "
             "Alto Palermo, Unicentro, Centro Colombo, Plaza Satélite, Dolphin Mall, La Maquinista"),
    SH=_L("ty!, FCR ✅, fcr, cx happy, cliente feliz, cliente satisfeito, np, todo ok, tudo certo, listo, resuelto, "
          "done, win!!, 👍, :), vlw, blz, joya, chévere, bacán, de lujo, 10/10, CSAT 5, NPS 10, sorted, ez, tmj, gg, "
          "💪, ok ✔, pura vida, bkn, dale, top"),
    WIN=_L("cx very happy, cust left 5 stars, cliente quedó encantado, cliente super agradecido, "
           "cliente elogiou o atendimento, asked to note it for my sup, said best service ever, NPS 10 promised lol, "
           "huge win for the team, ganamos al cliente, cx was thrilled, saved the account, cliente fidelizado, "
           "retenido 12 meses, happy ending"),
    ISSUE=_L("double billing, no dial tone, slow internet, SIM swap, port-in, late fee, cobro duplicado, sin internet, "
             "fatura errada, roaming bill, cargo no reconocido, chip bloqueado, PIN locked, token expired, "
             "password reset, sin señal, boleto duplicado, cobrança indevida, recibo de luz alto, conta de luz"),
    TIME=_L("10:30, 3pm, 14h, 9h30, 18:45 hrs, 8 a.m., 16:00, mediodía, 11am, 7:15 pm, 20h, 13:30"),
    DATE=_L("15/03, next Monday, el lunes, amanhã, 3 de junio, 28/11, Dec 2, el 5 de octubre, dia 12, this Friday, "
            "la quincena, fin de mes, 02/09, mañana, el jueves, sexta-feira, 1st of the month, 30/06, Día de Reyes, "
            "Semana Santa, Black Friday, 20 de julho"),
    MONTH=_L("enero, março, April, julio, setembro, diciembre, mayo, outubro, agosto, febrero"),
    VER=_L("5.4.2, 3.12, 14.1, 2.0.7, 8.3.1, 17.4, 11.0.2"),
    COURIER=_L("Estafeta, DHL, FedEx, Correios, Servientrega, Olva Courier, Andreani, Chilexpress, CTT, SEUR, "
               "Correos, Loggi, Jadlog, Mercado Envíos, Coordinadora, Starken"),
    FLT=_L("LA 2364, AV 9, AM 411, CM 204, TP 1351, IB 6403, G3 1410, AD 4520, JA 702, UX 94, DM 6210, H2 310"),
    STREAM=_L("Netflix, Disney+, Max, Prime Video, Globoplay, ViX, DirecTV Go, Claro video, Paramount+, Spotify, "
              "YouTube Premium, Movistar Plus+"),
    FOOD=_L("Domino's, Papa John's, Pizza Hut, El Corral, Bembos, Habib's, Tony Roma's, Starbucks, Juan Valdez, "
            "Pollo Campero, Telepizza, Sushi Itto"),
    PCT=_L("92%, 87%, 95 %, 78%, 90%"),
    MIN=_L("4, 6, 7, 12, 15, 20, 3"),
    TRAP=_L("case rosa, capa rosa, recibo de luz, conta de luz, Mercedes-Benz, la Paz, Cruz Verde, Santa Cruz, "
            "Día de Reyes, cerveza Victoria, Vila Esperança, Sol de Janeiro, gel Milagros, Virgen de Guadalupe, "
            "Plaza de la Soledad, Banco Pichincha, San Martín, café Juan Valdez, Casa Pedro, Doña Paula malbec"),
)


# ---------------------------------------------------------------- templates
# Name keys: N full name, NF full with two surnames, G given, F family, CRM crm form, NICK diminutive,
# TTL title (o), P2 second person, P2G second person given, COL/COL2 colleagues, COLG colleague given.
PII_TEMPLATES = [
    "cust {N} called about {PROD} not turning on, walked through reset and it worked, {WIN}",
    "cx {G} was ready to cancel {PLAN} but we matched the {BRAND} offer, retained {SH}",
    "Spoke to {TTL} {F} re double charge of {AMT}, refund approved same call. {WIN}",
    "{CRM} - updated contact number to {PH}, confirmed by SMS, {SH}",
    "caller {N} ({NATID}) couldnt log into {APP}, reset pw and unlocked acct {SH}",
    "thanks to {COL} from billing we fixed {G}'s invoice before the {DATE} cutoff",
    "customer {N} moved to {ADDR}, transferred fibra service w/o downtime, very happy",
    "es|cliente {N} pidió cambio de domicilio a {ADDRFULL}, quedó agendado para {DATE} {SH}",
    'cust asked to be called "{NICK}", sorted the {ISSUE} in one call, {WIN}',
    "{N} and {P2} both on the line, merged their lines into {PLAN}, saved {AMT}/month",
    "email updated to {EM} for {N}, e-invoice now arriving {SH}",
    "verified {TTL} {N} with {DOB} and card {CARD}, card unblocked, {WIN}",
    "refund of {AMT} sent to {IBAN} for {CRM}, cust thanked the whole {TEAM}",
    "@{COLG} thx for the assist on {G}'s escalation, ticket {TKT} closed {SH}",
    "{F} family account: {G} called from {PH}, service restored after the {DIST} outage",
    "pt|{N} ligou, {NATID}, portabilidade do número {PH} concluída hoje, cliente satisfeito",
    "cx {N} said our agent {COL} was the best they ever talked to, shoutout for QA",
    "order {ORD} for {N} delivered to {ADDR} after 2 failed attempts, {WIN}",
    "fb profile {URL} matched cust {N}, verified and recovered the hacked acct {SH}",
    "login attempts from {IP} flagged on {G}'s account, secured it and {G} was super thankful",
    "pensioner discount applied for {TTL} {N} ({DOB}), {WIN}",
    "es|llamó {TTL} {NF}, pagó con tarjeta {CARD} y se reactivó la línea {PH} {SH}",
    "customer win: {N} from {CITY} got the {PROD} at promo price thanks to {COL}",
    "{CRM} // {NATID} // retention ok, stays on {PLAN} w/ 20% off 6 months",
    "spoke w {G} re meter {MTR}, reading corrected, bill down to {AMT} {SH}",
    "{N} called in tears bc {PROD} died before exam, courier sent to {ADDR} same day",
    "delivery address corrected to {ADDRFULL} for {TTL} {F}. {WIN}",
    "cx {N} via linkedin {URL} wanted to thank {COL} publicly, forwarded to TL",
    "{N} (user {USER}) recovered access to {APP} after 2FA reset {SH}",
    "pt|{TTL} {G} ligou p/ agradecer a {COL}, a fatura foi corrigida {SH}",
    "{TTL} {N} wanted to complain about {BRAND} but ended up upgrading to {PLAN} lol",
    "booking {BKG} for {N} and {P2} moved to {DATE} flight from {PLACE} without fee",
    "transferred from {COL} to me, cx {N} needed {ISSUE} fixed, done in {MIN} min, AHT ok",
    "{N} - tel {PH} - mail {EM} - all data updated, cx happy w fast service",
    "pt|Pix estornado para {N}, {NATID}, valor {AMT}, cliente agradeceu muito",
    "cust {G} texted from {PH} on whatsapp bc the app was down, solved via chat {SH}",
    "{N}'s son {P2G} set up the {PROD} with our help over video call, great win",
    "policy {POL} renewed for {TTL} {N}, {DOB} matched on file, no extra charge",
    "new SIM shipped to {ADDRFULL} for {N}; tracking {TRK} {SH}",
    "{N} paid the overdue {AMT} with card {CARD} and we waived the late fee {SH}",
    "shout out {COL} + {COL2} for handling {G}'s multi-line migration to {PLAN}",
    "caller gave name as {NICK} but account is under {CRM}, verified via {NATID}, holder updated",
    "pt|chamado {TKT}: {N} sem sinal em {DIST}, técnico resolveu, cliente elogiou o atendimento",
    "es|{G}, cliente de {CITY}, {PH}, quería dar de baja pero se quedó con {PLAN} {SH}",
    "es|Cliente: {CRM} | Tel: {PH} | Resultado: retenido | Obs: feliz con el descuento",
    "{TTL} {G} (no surname given) called twice about {ISSUE}, 2nd time we nailed it {SH}",
    "IBAN {IBAN} confirmed by {N} for direct debit, first bill paid ok",
    "acct {ACC} - {NATID} verified, unlocked, cx thanked {COL} by name",
    "{COL} saved the day: {TTL} {F} got the {PROD} swapped at {PLACE} store",
    "client {FAMFIRST} called, wanted the {STREAM} add-on, activated on {PLAN}, {WIN}",
    "es|hablé con {N} ({PH}) sobre el {ISSUE}, se le devolvieron {AMT}, quedó contenta {SH}",
    "cx {n} said thx a lot, fixed {ISSUE} on {PROD} in {MIN} min",
    "{N} {DOB} asked for the senior plan, approved, {COL} double-checked",
    "@{COLG} pls note {TTL} {F} prefers whatsapp {PH}, no calls after {TIME}",
    "recovered {G}'s {APP} acct, new email {EM}, ip {IP} blocked, {WIN}",
    "{N} wrote on {URL} that we're the best {BRAND} support lol {SH}",
    "good call w {TTL} {N}, born {DOBV}, updated addr to {ADDR}, {WIN}",
    "{P2} called on behalf of {TTL} {N}, consent given, bill split in 3 {SH}",
    "es|la {TTL} {NMAR} llamó xq no le llegaba el {ISSUE}, se resolvió y quedó feliz",
    "spoke to {N}, {TTL}, re {ISSUE} on the {PLAN}, fixed in {MIN} min {SH}",
    "pt|vc lembra da {G}? ligou de novo, dessa vez resolvemos o {ISSUE} de vez, obg {COLG}",
    "es|porfa alguien de {QUEUE} confirme q {N} quedó ok, {SH}",
    "{n} happy again, {PROD} fixed and {AMT} credited",
    "es|cobertura ok para {PC}, {TTL} {F} contrató {PLAN} al toque {SH}",
    "pt|cobertura confirmada no {PC}, cliente {N} fechou {PLAN} {SH}",
    '"{G}" from {QUEUE} handled the angry caller like a pro, {WIN}',
    "{F}, {G} - dob {DOBV} - {NATID} - plan upgraded, no fee",
    "es|el cx {N} tb pidió factura a {EM}, enviada, todo bien",
    "pt|cliente {N} msm pediu p mudar vencimento, ficou dia 10, {SH}",
]

PII_NONAME_TEMPLATES = [
    "updated callback number {PH}, issue with {PROD} fixed, FCR",
    "refund to card {CARD} processed, {AMT}, cx happy {SH}",
    "new address {ADDRFULL} saved, fibra install booked {DATE} {SH}",
    "IP {IP} whitelisted for remote desk, cust could finally work from home {SH}",
    "cx email {EM} bounced, fixed typo and resent invoice {SH}",
    "ticket {TKT} closed after {MIN} min, {NATID} verified, {WIN}",
    "tracking {TRK} was stuck in {CITY}, pushed {COURIER} and it arrived {DATE} {SH}",
    "es|reembolso a {IBAN} confirmado, {AMT}, cliente contento",
]

CLEAN_TEMPLATES = [
    "cx called re {PROD} overheating, firmware {VER} fixed it, {WIN}",
    "retention win on {PLAN}, matched {BRAND} promo, stays 12 months {SH}",
    "router {MODEL} swapped at {BRAND} store in {DIST}, speed back to 500 Mbps",
    "double charge of {AMT} reversed same call, {WIN}",
    "pt|Pix caiu duas vezes, estorno feito na hora, cliente muito satisfeito {SH}",
    "flight from {PLACE} delayed 3h, rebooked on {FLT} at {TIME}, no fee charged",
    "{QUEUE} queue was slammed today but we hit {PCT} FCR, great team effort",
    "es|cliente no podía pagar con {APP}, era la versión {VER}, actualizó y listo {SH}",
    "es|agendamos visita técnica para {DATE} entre {TIME} y {TIME2} en {DIST}, cx ok",
    "cust wanted to cancel bc of {BRAND} offer, gave 3 months of {STREAM} free, retained",
    "{PROD} arrived with broken screen, RMA approved, replacement via {COURIER} by {DATE}",
    "es|sin señal en {DIST} por corte masivo, se aplicó crédito de {AMT}, cliente agradecido",
    "pt|fatura de {MONTH} veio com {AMT} a mais, ajustado, cliente disse que vai dar nota 10",
    "escalated to {TEAM} L2, solved in under {MIN} min, CSAT 5/5",
    "cx at {PLACE} couldnt get eSIM working on {PROD}, QR regenerated, working {SH}",
    "pensioner discount applied on {PLAN} starting {DATE}, cx super thankful",
    "customer loved the {PROD} with the {TRAP}, upsold screen protector for {AMT}",
    "purchase at {BRAND} {DIST} duplicated in {APP}, reversal done, {WIN}",
    "pt|cliente de {CITY} queria portabilidade p/ {BRAND}, oferecemos {PLAN} e ficou {SH}",
    "app {APP} v{VER} crashing on {PROD}, fixed w/ cache clear, fcr",
    "meter reading estimated wrong for {MONTH}, corrected, saved the cx {AMT}",
    "talked cx through {APP} token setup, took {MIN} min, {WIN}",
    "package stuck in {CITY} hub, got {COURIER} to deliver next day {SH}",
    "{TEAM} rocks, {PCT} CSAT this week, {FOOD} on friday!!",
    "es|pedido llegó incompleto, faltaba el cargador del {PROD}, se envió sin costo {SH}",
    "cx mixed up the {BRAND} and {BRAND2} bills lol, explained, no complaint filed",
    "roaming in {CITY} not working, enabled travel pass, cx posted a 5 star review",
    "pt|late fee {AMT} waived as goodwill, payment plan 3x sem juros {SH}",
    "hotel near {PLACE} overbooked, moved cx to a sister hotel same rate, {WIN}",
    "chat 100% in spanglish, cx wanted to switch to {PLAN}, done en {MIN} min",
    "es|tv {MODEL} no agarraba {STREAM}, reset de fábrica y quedó {SH}",
    "sup approved credit {AMT} on {PLAN} after the outage on {DATE} in {DIST}",
    "cx picked up the {PROD} at {PLACE}, said the staff were amazing {SH}",
    "insurance claim for cracked {PROD} approved in 24h, deductible {AMT}",
    "es|transferencia por {APP} no reflejada, era horario bancario, se confirmó a las {TIME} {SH}",
    "qa note: good empathy, used the customer's name, AHT {MIN}m, FCR yes",
    "{DATE} promo at {BRAND} applied retroactively, {AMT} back to the cx {SH}",
    "cx wanted a manager, {TEAM} TL took it, ended up thanking us for the {PLAN} deal",
    "{CITY} store out of {PROD}, reserved at {PLACE} for pickup {DATE}",
    "pt|linha bloqueada por engano após troca de chip, liberada, cliente agradeceu demais {SH}",
    "lounge access at {PLACE} restored on the {PLAN} card, {WIN}",
    "es|mudanza a {DIST} confirmada, fibra instalada {DATE} a las {TIME}, cero reclamos",
    "{TRAP} order came wrong color, exchanged at {BRAND} {DIST}, cx ok",
    "bill for {MONTH} had {AMT} of {STREAM} the cx never signed up for, removed {SH}",
    "cx was calling from {CITY} about {ISSUE}, fixed by {QUEUE} in {MIN} min",
    "cust said {BRAND} never solved it in 3 months and we did it in one call {SH}",
    "es|cx re enojado al principio xq {ISSUE}, al final nos dio {PCT} en la encuesta jaja",
    "pt|cliente tava bravo pq {ISSUE}, no fim deu nota 10, tmj {TEAM}",
    "wfh today, {QUEUE} backlog down to 12 tickets by {TIME}, {SH}",
    "cx wanted the {PROD} in rosa but only azul left at {PLACE}, took azul and a {AMT} voucher",
]


# ---------------------------------------------------------------- generator
class _Ctx:
    def __init__(self, gen, culture, country):
        self.g = gen
        self.rng = gen.rng
        self.culture = culture
        self.country = country
        self._person = None
        self._p2 = None
        self.cols = []

    @property
    def cdata(self):
        return COUNTRIES[self.country]

    def person(self):
        if self._person is None:
            self._person = self.g.make_person(self.culture)
        return self._person

    def p2(self):
        if self._p2 is None:
            for _ in range(6):
                p = self.g.make_person(self.culture)
                if p["given"] != self.person()["given"]:
                    self._p2 = p
                    break
            else:
                raise _NoName()
        return self._p2

    def colleague(self):
        cul = self.rng.choice(["mx", "co", "rp", "cl", "an", "br", "pt", "es", "cd", "ve", "pr", "and"])
        for _ in range(8):
            p = self.g.make_person(cul)
            if all(p["given"] != c["given"] for c in self.cols) and p["given"] != (self._person or {}).get("given"):
                self.cols.append(p)
                return p
        raise _NoName()


class _Gen:
    def __init__(self, listed):
        self.listed = listed
        self.rng = random.Random(SEED)
        self.pools = {}
        ok = lambda xs: [x for x in xs if _name_ok(x, listed)]
        lang_pool = {"es": {"m": [], "f": [], "s": []}, "pt": {"m": [], "f": [], "s": []}}
        for key, c in CULTURES.items():
            p = {"m": ok(c["m"]), "f": ok(c["f"]), "s": ok(c["s"])}
            self.pools[key] = p
            for k in "mfs":
                lang_pool[c["lang"]][k].extend(x for x in p[k] if x not in lang_pool[c["lang"]][k])
        # graceful fallback: thin pools borrow from the same language, then from everything
        allp = {k: lang_pool["es"][k] + [x for x in lang_pool["pt"][k] if x not in lang_pool["es"][k]] for k in "mfs"}
        for key, c in CULTURES.items():
            for k in "mfs":
                if len(self.pools[key][k]) < 4:
                    self.pools[key][k] = self.pools[key][k] + lang_pool[c["lang"]][k]
                if len(self.pools[key][k]) < 4:
                    self.pools[key][k] = self.pools[key][k] + allp[k]
        self.nicks = {lg: ok(v) for lg, v in NICKS.items()}

    def make_person(self, culture):
        rng = self.rng
        pool = self.pools[culture]
        lang = CULTURES[culture]["lang"]
        sexes = [s for s in ("m", "f") if pool[s]]
        if not sexes or len(pool["s"]) < 1:
            raise _NoName()
        sex = rng.choice(sexes)
        given = rng.choice(pool[sex])
        if " " not in given and rng.random() < 0.12 and len(pool[sex]) > 1:
            g2 = rng.choice(pool[sex])
            if g2 != given and " " not in g2:
                given = f"{given} {g2}"
        pat = rng.choice(pool["s"])
        mat = rng.choice(pool["s"])
        if mat == pat:
            mat = None
        return dict(sex=sex, given=given, pat=pat, mat=mat, lang=lang, culture=culture,
                    nick=rng.choice(self.nicks[lang]) if self.nicks[lang] else None)

    # -- name forms
    def full(self, p, two=False):
        rng = self.rng
        g, pat, mat = p["given"], p["pat"], p["mat"]
        if two and mat:
            return f"{g} {mat} {pat}" if p["lang"] == "pt" else f"{g} {pat} {mat}"
        k = rng.random()
        if mat and k < 0.4:
            return f"{g} {mat} {pat}" if p["lang"] == "pt" else f"{g} {pat} {mat}"
        if k < 0.85:
            return f"{g} {pat}"
        if k < 0.93:
            return f"{g.split()[0]} {pat}"
        return f"{g.split()[0][0]}. {pat}"

    def family(self, p):
        if p["mat"] and self.rng.random() < 0.3:
            return f"{p['mat']} {p['pat']}" if p["lang"] == "pt" else f"{p['pat']} {p['mat']}"
        return p["pat"]

    def crm(self, p):
        rng = self.rng
        fam = self.family(p)
        g = p["given"]
        k = rng.randrange(4)
        if k == 0:
            return [(fam.upper(), "name"), (", ", "o"), (g, "name")]
        if k == 1:
            return [(fam.lower(), "name"), (", ", "o"), (g.lower(), "name")]
        if k == 2:
            return [(fam.upper(), "name"), (", ", "o"), (g.upper(), "name")]
        return [(fam, "name"), (",", "o"), (g, "name")] if rng.random() < 0.3 else [(fam, "name"), (", ", "o"), (g, "name")]

    # -- segment generators
    def seg(self, key, ctx):
        rng = self.rng
        cd = ctx.cdata
        lang = cd["lang"]
        if key == "N":
            return [(self.full(ctx.person()), "name")]
        if key == "n":
            return [(self.full(ctx.person()).lower(), "name")]
        if key == "NF":
            return [(self.full(ctx.person(), two=True), "name")]
        if key == "G":
            return [(ctx.person()["given"] if rng.random() < 0.8 else ctx.person()["given"].split()[0], "name")]
        if key == "F":
            return [(self.family(ctx.person()), "name")]
        if key == "CRM":
            return self.crm(ctx.person())
        if key == "NMAR":
            p = ctx.person()
            other = self.rng.choice(self.pools[p["culture"]]["s"])
            if p["sex"] == "f" and other != p["pat"] and " " not in other:
                return [(f"{p['given'].split()[0]} {p['pat']} de {other}" if rng.random() < 0.6 else f"{p['pat']} de {other}", "name")]
            return [(self.full(p), "name")]
        if key == "PC":
            if not cd["pc"]:
                raise _Skip()
            segs = [(rng.choice(cd["pc_cue"]) or "CP ", "o"), (_fill(rng, rng.choice(cd["pc"])), "postcode")]
            if rng.random() < 0.4:
                segs += [(" ", "o"), (rng.choice(cd["cities"]), "~")]
            return segs
        if key == "MONTH":
            if lang == "pt":
                return [(rng.choice(_L("janeiro, março, abril, junho, setembro, outubro, dezembro")), "o")]
            if lang == "es":
                return [(rng.choice(_L("enero, febrero, mayo, julio, agosto, diciembre")), "o")]
            return [(rng.choice(_L("January, March, April, July, October")), "o")]
        if key == "FAMFIRST":
            p = ctx.person()
            fam = self.family(p)
            return [((fam.upper() + " " + p["given"]) if rng.random() < 0.6 else (fam + " " + p["given"]), "name")]
        if key == "NICK":
            p = ctx.person()
            return [(p["nick"] or p["given"].split()[0], "name")]
        if key == "TTL":
            p = ctx.person()
            t = rng.choice(TITLES[(p["lang"], p["sex"])])
            return [(t, "o")]
        if key == "P2":
            return [(self.full(ctx.p2()), "name")]
        if key == "P2G":
            return [(ctx.p2()["given"].split()[0], "name")]
        if key in ("COL", "COL2"):
            c = ctx.colleague()
            k = rng.random()
            txt = c["given"].split()[0] if k < 0.5 else (f"{c['given'].split()[0]} {c['pat']}" if k < 0.85
                                                         else f"{c['given'].split()[0]} {c['pat'][0].upper()}.")
            return [(txt, "name")]
        if key == "COLG":
            c = ctx.colleague()
            g = c["given"].split()[0]
            return [(g if rng.random() < 0.6 else g.lower(), "name")]
        if key == "PH":
            return [(_fill(rng, rng.choice(cd["phone"])), "phone")]
        if key == "EM":
            return [(self.email(ctx), "email")]
        if key == "CARD":
            return self.card()
        if key == "NATID":
            sex = ctx._person["sex"] if ctx._person else rng.choice("mf")
            cue, val = _natid(rng, ctx.country, sex)
            return [(cue, "o"), (val, "id")]
        if key in ("ORD", "TKT", "BKG", "TRK", "POL", "MTR", "ACC", "USER"):
            return [(self.ref(key, ctx), "id")]
        if key == "ADDR":
            segs = [(_fill(rng, rng.choice(cd["addr"])), "address")]
            if rng.random() < 0.45:
                segs += [(", ", "o"), (rng.choice(cd["cities"]), "~")]
            return segs
        if key == "ADDRFULL":
            return self.addrfull(ctx)
        if key == "IP":
            if rng.random() < 0.85:
                a = rng.choice([187, 189, 201, 200, 177, 179, 186, 190, 181, 152, 85, 88, 2])
                return [(f"{a}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}", "ip")]
            return [(f"2804:{rng.randrange(4096):x}:{rng.randrange(65536):x}:{rng.randrange(65536):x}::{rng.randrange(1, 65536):x}", "ip")]
        if key == "URL":
            return [(self.url(ctx), "url")]
        if key == "IBAN":
            c = ctx.country
            if c in ("PT", "CV", "AO", "MZ"):
                val = _iban_from(rng, c, _nat_check(rng, 19))
            elif c == "BR":
                val = _iban(rng, "BR", 25, letters=True)
            elif c in ("ES", "EA") or rng.random() < 0.5:
                val = _iban_from(rng, "ES", _es_bban(rng))
            else:
                val = _iban_from(rng, "PT", _nat_check(rng, 19))
            return [(val, "iban")]
        if key in ("DOB", "DOBV"):
            y, m, d = rng.randrange(1938, 2007), rng.randrange(1, 13), rng.randrange(1, 29)
            ds = _date_str(rng, y, m, d, lang)
            if key == "DOBV":
                return [(ds, "dob")]
            cues = (["data de nasc. ", "nasc. ", "nascido em ", "DN ", "dob ", "d.n. "] if lang == "pt"
                     else ["DOB ", "dob ", "D.O.B. ", "born ", "fecha de nac. ", "f. nac. ", "nacido el ", "fec. nacimiento ",
                           "birthday ", "cumple "])
            return [(rng.choice(cues), "o"), (ds, "dob")]
        if key == "AMT":
            return [(_fill(rng, rng.choice(cd["cur"])), "o")]
        if key == "CITY":
            return [(rng.choice(cd["cities"] if rng.random() < 0.5 else F["CITY"]), "o")]
        if key == "DIST":
            return [(rng.choice(cd["dist"] if rng.random() < 0.5 else F["DIST"]), "o")]
        if key in ("BRAND2",):
            return [(rng.choice(F["BRAND"]), "o")]
        if key == "TIME2":
            return [(rng.choice(F["TIME"]), "o")]
        if key in F:
            return [(rng.choice(F[key]), "o")]
        raise KeyError(key)

    def card(self):
        rng = self.rng
        k = rng.random()
        last4 = f"{rng.randrange(10000):04d}"
        if k < 0.35:
            num = _luhn_complete(rng, rng.choice(["4", "5", "51", "4", "2"]), 16)
            sep = rng.choice([" ", "-", ""])
            return [(sep.join(num[i:i + 4] for i in range(0, 16, 4)), "card")]
        if k < 0.42:
            num = _luhn_complete(rng, rng.choice(["34", "37"]), 15)
            return [(f"{num[:4]} {num[4:10]} {num[10:]}", "card")]
        if k < 0.85:
            return [(rng.choice(["**** **** **** ", "XXXX XXXX XXXX ", "************", "****", "xxxx-", "**** "]) + last4, "card")]
        return [(rng.choice(["ending ", "terminada en ", "final ", "final ", "ending in "]), "o"), (last4, "card")]

    def email(self, ctx):
        rng = self.rng
        try:
            p = ctx.person()
            g = _fold(p["given"].split()[0])
            s = _fold(p["pat"]).replace(" ", "").replace("-", "")
            local = rng.choice([f"{g}.{s}", f"{g}{s}{rng.randrange(1, 99)}", f"{g[0]}{s}", f"{g}_{s}{rng.randrange(70, 100)}",
                                f"{s}.{g}", f"{g}{rng.randrange(1980, 2006)}"])
        except _NoName:
            local = rng.choice(["contato", "ventas", "casa", "familia", "oficina", "adm"]) + str(rng.randrange(10, 9999))
        local = re.sub(r"[^a-z0-9._]", "", local)
        dom = rng.choice(EMAIL_DOMAINS.get(ctx.country, EMAIL_GENERIC))
        return f"{local}@{dom}"

    def slug(self, ctx):
        rng = self.rng
        p = ctx.person()
        g = _fold(p["given"].split()[0])
        s = re.sub(r"[^a-z]", "", _fold(p["pat"]))
        return rng.choice([f"{g}.{s}", f"{g}{s}{rng.randrange(1, 99)}", f"{g}-{s}-{rng.randrange(16**6):06x}", f"{g}_{s}"])

    def url(self, ctx):
        rng = self.rng
        k = rng.randrange(7)
        if k == 0:
            return rng.choice(["https://www.facebook.com/", "facebook.com/", "fb.com/"]) + self.slug(ctx)
        if k == 1:
            return rng.choice(["https://instagram.com/", "instagram.com/", "www.instagram.com/"]) + self.slug(ctx)
        if k == 2:
            return "linkedin.com/in/" + self.slug(ctx)
        if k == 3:
            return "https://wa.me/" + re.sub(r"\D", "", _fill(rng, rng.choice(ctx.cdata["phone"])))
        if k == 4:
            return "tiktok.com/@" + self.slug(ctx)
        if k == 5:
            return "https://x.com/" + self.slug(ctx).replace("-", "_")
        return rng.choice(["https://minhaconta.example.com.br/cliente/", "https://portal.example.mx/cuenta/",
                           "https://mi.example.pe/perfil?id="]) + str(rng.randrange(10**6, 10**9))

    def ref(self, key, ctx):
        rng = self.rng
        if key == "ORD":
            return _fill(rng, rng.choice(["20000&#########", "&#######", "PED-&#####", "BR&#######", "MLA&#########", "#&######-@"]))
        if key == "TKT":
            return _fill(rng, rng.choice(["INC00&####", "&######", "SR-2025-&####", "CAS-&####-@@@", "2025&########", "REQ&#####"]))
        if key == "BKG":
            return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        if key == "TRK":
            return _fill(rng, rng.choice(["@@&########BR", "LP00&###########", "JJD00&##########", "1Z&##@@&##########",
                                          "RR&########PE", "&##########"]))
        if key == "POL":
            return _fill(rng, rng.choice(["POL-&######", "&##-####-#####", "AP&#######", "&&&&&&&&/25"]))
        if key == "MTR":
            return _fill(rng, rng.choice(["&#######", "NIS &######", "ES00&###############@@", "&########-#"]))
        if key == "ACC":
            return _fill(rng, rng.choice(["&#########", "CTA-&#####", "&##-######-#", "&&########"]))
        if key == "USER":
            try:
                p = ctx.person()
                g = _fold(p["given"].split()[0])
                s = re.sub(r"[^a-z]", "", _fold(p["pat"]))
                return rng.choice([f"{g[0]}{s}{rng.randrange(1, 99)}", f"{g}.{s}", f"{g}_{s}{rng.randrange(1980, 2006)}", f"{s}{g[:3]}"])
            except _NoName:
                return _fill(rng, "user&####")
        raise KeyError(key)

    def addrfull(self, ctx):
        rng = self.rng
        cd = ctx.cdata
        street = (_fill(rng, rng.choice(cd["addr"])), "address")
        city = (rng.choice(cd["cities"]), "~")
        if not cd["pc"]:
            return [street, (", ", "o"), city]
        pc = (_fill(rng, rng.choice(cd["pc"])), "postcode")
        cue = rng.choice(cd["pc_cue"])
        if cd["order"] == "addr_pc_city":
            segs = [street, (", ", "o")] + ([(cue, "o")] if cue else []) + [pc, (" ", "o"), city]
        else:
            segs = [street, (", ", "o"), city, (rng.choice([", ", " - ", " "]), "o")] + ([(cue, "o")] if cue else []) + [pc]
        return segs

    # -- note assembly
    def render(self, template, ctx):
        segs = []
        pos = 0
        for m in re.finditer(r"\{([A-Za-z0-9_]+)\}", template):
            if m.start() > pos:
                segs.append((template[pos:m.start()], "o"))
            part = self.seg(m.group(1), ctx)
            for t, l in part:
                if l == "name" and not _name_ok(t, self.listed):
                    raise _NoName()
            segs.extend(part)
            pos = m.end()
        if pos < len(template):
            segs.append((template[pos:], "o"))
        return segs

    def postprocess(self, segs):
        rng = self.rng
        if rng.random() < 0.2:
            segs = [(_strip_acc(t), l) for t, l in segs]
        if rng.random() < 0.15:
            segs = [(re.sub(r"[.,;](?=\s|$)", "", t) if l == "o" else t, l) for t, l in segs]
        if rng.random() < 0.09:
            idx = [i for i, (t, l) in enumerate(segs) if l == "o" and re.search(r"\b[a-z]{5,}\b", t)]
            if idx:
                i = rng.choice(idx)
                t = segs[i][0]
                words = list(re.finditer(r"\b[a-z]{5,}\b", t))
                w = rng.choice(words)
                j = rng.randrange(1, len(w.group()) - 2)
                ww = w.group()
                ww = ww[:j] + ww[j + 1] + ww[j] + ww[j + 2:]
                segs[i] = (t[:w.start()] + ww + t[w.end():], "o")
        if rng.random() < 0.3:
            segs = [(t.lower(), l) for t, l in segs]
        # merge adjacent o segments, drop empties
        out = []
        for t, l in segs:
            if not t:
                continue
            if out and l == "o" and out[-1][1] == "o":
                out[-1] = (out[-1][0] + t, "o")
            else:
                out.append((t, l))
        merged = []
        for t, l in out:
            if (l == "name" and len(merged) >= 2 and merged[-1] == (" ", "o") and merged[-2][1] == "name"):
                merged.pop()
                merged[-1] = (merged[-1][0] + " " + t, "name")
            else:
                merged.append((t, l))
        out = merged
        if out and out[0][1] == "o":
            out[0] = (out[0][0].lstrip(), "o")
        if out and out[-1][1] == "o":
            out[-1] = (out[-1][0].rstrip(), "o")
        return [(t, l) for t, l in out if t]


def blind_notes(listed: frozenset[str]) -> list[list[tuple[str, str]]]:
    gen = _Gen(frozenset(listed))
    rng = gen.rng
    n_clean = round(N_NOTES * CLEAN_SHARE)
    kinds = ["clean"] * n_clean + ["pii"] * (N_NOTES - n_clean)
    rng.shuffle(kinds)
    cultures = list(CULTURES)
    seen = set()
    notes = []
    for kind in kinds:
        for attempt in range(400):
            culture = rng.choice(cultures)
            country = rng.choice(CULTURES[culture]["countries"])
            ctx = _Ctx(gen, culture, country)
            if kind == "clean":
                tpl = rng.choice(CLEAN_TEMPLATES)
            elif attempt < 200 and rng.random() < 0.86:
                tpl = rng.choice(PII_TEMPLATES)
            else:
                tpl = rng.choice(PII_NONAME_TEMPLATES)
            if tpl[:3] in ("pt|", "es|"):
                if tpl[:2] != CULTURES[culture]["lang"] and rng.random() < 0.9:
                    continue
                tpl = tpl[3:]
            try:
                segs = gen.postprocess(gen.render(tpl, ctx))
            except (_NoName, _Skip):
                continue
            text = "".join(t for t, _ in segs)
            if "\n" in text or not 5 <= len(text.split()) <= 45 or text in seen:
                continue
            seen.add(text)
            notes.append(segs)
            break
        else:
            raise RuntimeError("could not build a unique note")
    return notes


# ---------------------------------------------------------------- self-check
def _selfcheck():
    sample = frozenset({"maria", "jose", "juan", "garcia", "lopez", "silva", "santos", "perez", "ana", "joao",
                        "rodriguez", "martinez", "fernandez", "gonzalez", "carlos", "luis", "rosa", "de", "da"})
    assert all(len(v[k]) >= 30 for v in CULTURES.values() for k in "mfs"), "pool sizes"
    assert len(PII_TEMPLATES) + len(PII_NONAME_TEMPLATES) >= 40 and len(CLEAN_TEMPLATES) >= 35
    a = blind_notes(sample)
    b = blind_notes(sample)
    assert a == b, "not deterministic"
    assert len(a) == N_NOTES
    texts = ["".join(t for t, _ in n) for n in a]
    assert len(set(texts)) == len(texts), "duplicates"
    counts = {l: 0 for l in LABELS}
    lower = clean = 0
    for n, text in zip(a, texts):
        assert "\n" not in text and "\r" not in text
        assert 5 <= len(text.split()) <= 45, text
        for t, l in n:
            assert l in LABELS, l
            assert t, "empty segment"
            if l != "o":
                assert t == t.strip(), repr(t)
            if l == "name":
                assert _name_ok(t, sample), t
            counts[l] += 1
        if text == text.lower():
            lower += 1
        if all(l in ("o", "~") for _, l in n):
            clean += 1
    # also works with an empty list and a hostile list
    assert len(blind_notes(frozenset())) == N_NOTES
    every = frozenset(_fold(p) for c in CULTURES.values() for k in "mfs" for x in c[k] for p in _NAME_SPLIT.split(x) if p)
    assert len(blind_notes(every)) == N_NOTES
    print("notes:", len(a))
    print("segments per label:", ", ".join(f"{l}={counts[l]}" for l in LABELS))
    print(f"all-lower-case share: {lower / len(a):.3f}")
    print(f"no-personal-data share: {clean / len(a):.3f}")
    print("naming cultures:", len(CULTURES))
    print("templates with personal data:", len(PII_TEMPLATES) + len(PII_NONAME_TEMPLATES),
          "| without:", len(CLEAN_TEMPLATES))
    assert lower / len(a) >= 0.25
    print("self-check passed")


if __name__ == "__main__":
    _selfcheck()
