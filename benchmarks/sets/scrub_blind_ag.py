"""Blind evaluation set "ag": Spanish / Portuguese customer-care notes.

Notes typed by agents at telco, bank, e-commerce and airline desks in Spain,
Mexico, Colombia, Argentina, Chile, Peru, Brazil, Portugal (and Cape Verdean
customers), with Spanglish CRM words mixed in.  Standard library only.
"""
import random
import re
import unicodedata

SEED = 4417021
N_NOTES = 1000
LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")


def _s(text):
    return tuple(w.strip() for w in text.split("|") if w.strip())


# culture -> (given names, family names, country, joiner style)
POOLS = {
    "castilian": (_s("""Rocío|Macarena|Fuensanta|Inmaculada|Remedios|Araceli|Almudena|Nieves|Reyes|
        Consolación|Piedad|Loreto|Amparo|Soledad|Encarnación|Trinidad|Sagrario|Custodia|Felisa|
        Candela|Triana|Estrella|Adoración|Eulalia|Curro|Fermín|Eladio|Venancio|Saturnino|Casimiro|
        Teodoro|Isidoro|Baltasar|Anselmo|Celestino|Eulogio|Evaristo|Florencio|Higinio|Jacinto|
        Leoncio|Marcelino|Nicanor|Rufino|Telesforo|Valeriano|Zacarías|Cayetano|Bartolomé|
        Gumersindo|Secundino|Borja|Jacobo|Gonzalo"""),
                  _s("""Cantero|Valderrama|Escalante|Cotán|Lebrija|Alcaide|Zambrano|Chamorro|Bocanegra|
        Trujillo|Baena|Cabello|Utrera|Montoya|Amaya|Heredia|Carmona|Cazorla|Osuna|Jurado|Alcántara|
        Barrera|Bermúdez|Cuadrado|Chacón|Carrasco|Gallardo|Izquierdo|Redondo|Camacho|Arroyo|
        Villalobos|Bustillo|Cañizares|Espejo|Galindo|Lozano|Moya|Olmedo|Pozuelo|Quesada|Rosales|
        Salcedo|Tejada|Valverde|Zurita|Ordóñez|Manzano|Pedrosa|Cebrián|Alfaro|Benjumea|Mancheño"""),
                  "ES"),
    "catalan": (_s("""Jordi|Pau|Oriol|Arnau|Pol|Biel|Quim|Martí|Jaume|Sergi|Enric|Ferran|Lluís|Pere|
        Josep|Narcís|Miquel|Andreu|Bernat|Aleix|Guillem|Nil|Genís|Roc|Montserrat|Núria|Meritxell|
        Laia|Mireia|Neus|Roser|Carme|Mercè|Aina|Ona|Txell|Queralt|Estel|Assumpta|Dolors|Glòria|
        Eulàlia|Berta|Ariadna|Clara|Jana|Xènia|Elisenda"""),
                _s("""Puig|Vilanova|Serra|Font|Pujol|Casals|Camps|Roca|Riera|Vila|Planas|Bosch|Sala|Prat|
        Rovira|Oliveras|Coll|Batlle|Bertran|Carbonell|Castells|Esteve|Figueras|Fontanals|Galí|Grau|
        Llobet|Llorens|Marimon|Mateu|Miró|Palau|Pons|Pujadas|Ribas|Sabaté|Sureda|Tarrés|Torrents|
        Vallès|Verdaguer|Xirau|Brugués|Canals|Dalmau|Farré|Gispert|Jané|Llach|Masó|Noguera|Ollé|
        Pagès|Rius|Salvat|Ubach"""),
                "ES"),
    "basque": (_s("""Aitor|Iker|Unai|Asier|Gorka|Ander|Eneko|Mikel|Xabier|Oier|Ibai|Julen|Urko|Koldo|
        Joseba|Iñaki|Patxi|Gaizka|Imanol|Aritz|Beñat|Ekaitz|Endika|Haritz|Ibon|Txomin|Peio|Markel|
        Ainhoa|Amaia|Arantxa|Itziar|Maite|Nerea|Leire|Miren|Edurne|Garazi|Idoia|Izaskun|Josune|
        Lorea|Maialen|Naroa|Oihana|Uxue|Zuriñe|Irati|Nekane|Arrate|Ziortza|Alazne|Estibaliz|Itxaso|
        Olatz"""),
               _s("""Etxeberria|Goikoetxea|Arrieta|Urrutia|Zubizarreta|Larrañaga|Olaizola|Ibarra|
        Mendizábal|Garmendia|Arana|Iturriaga|Zabala|Elizondo|Goñi|Otxoa|Uriarte|Azkarate|Arregi|
        Lizarralde|Egaña|Aranburu|Sarasola|Unzueta|Irigoyen|Bengoetxea|Agirre|Etxebarria|Aldekoa|
        Gorostiza|Larrea|Txurruka|Ugarte|Zuloaga|Madariaga|Ormaetxea|Ansotegi|Errasti|Lasa|
        Intxausti|Alberdi|Oñederra|Belaustegi|Zubiaurre|Gabilondo|Iribar|Artola|Aizpurua|Urkiola"""),
               "ES"),
    "galician": (_s("""Xoán|Xosé|Uxía|Antía|Iria|Sabela|Xiana|Brais|Anxo|Breixo|Iago|Roi|Xurxo|Martiño|
        Bieito|Cibrán|Fiz|Lois|Manel|Ramiro|Tomé|Xacobe|Xulio|Suso|Fuco|Rosalía|Aldara|Branca|
        Catuxa|Erea|Maruxa|Olalla|Tareixa|Xela|Xisela|Ledicia|Comba|Balbina|Obdulia|Sindo|Eloy|
        Anxos|Eva|Noela|Lúa|Mauro"""),
                 _s("""Seoane|Souto|Varela|Pazos|Fraga|Barreiro|Carballo|Castiñeira|Couto|Dopico|Feijoo|
        Figueiras|Freire|Gondar|Lamas|Lema|Loureiro|Mariño|Mosquera|Naveira|Outeiro|Piñeiro|
        Quintela|Regueiro|Riveiro|Sanmartín|Soutullo|Taboada|Valcárcel|Vilariño|Budiño|Cambeiro|
        Eiras|Ferreiro|Louzao|Meixide|Rial|Sieiro|Trigo|Vilas|Castelao|Otero|Agrelo|Bouzas|
        Cousillas|Froján|Iglesias|Rodal|Sobrino"""),
                 "ES"),
    "mexican": (_s("""Guadalupe|Lupita|Xóchitl|Itzel|Citlali|Nayeli|Yatziri|Ximena|Maricela|Yesenia|
        Socorro|Rosalba|Marisol|Azucena|Itzayana|Yareli|Eréndira|Cuauhtémoc|Tonatiuh|Tenoch|Uriel|
        Efraín|Heriberto|Juventino|Leobardo|Rigoberto|Ulises|Wenceslao|Zenón|Abundio|Everardo|
        Gilberto|Isaías|Refugio|Toribio|Octavio|Porfirio|Maximino|Genaro|Chuy|Nahui|Yolotl|Anayeli|
        Jazmín|Dulce|Lizbeth|Berenice|Abril|Fidencio|Celerino"""),
                _s("""Cuevas|Zavala|Villaseñor|Orozco|Zúñiga|Cervantes|Arreola|Barajas|Huerta|Ochoa|
        Quiroz|Tapia|Valdez|Zamora|Xicoténcatl|Cuautle|Toxqui|Tepox|Tlaseca|Xochihua|Coatl|Tecpa|
        Tzompantzi|Canul|Pech|Cauich|Dzib|Euan|Kantún|Poot|Tun|Ucán|Cocom|Balam|Tzuc|Chuc|Couoh|
        Caamal|Huchim|Noh|Puc|Itzá|Yam|Villarreal|Garza|Treviño|Elizondo|Cantú|Lozoya|Salinas|
        Beltrán|Bañuelos|Olvera|Galván"""),
                "MX"),
    "colombian": (_s("""Yeison|Wilmer|Yesid|Arley|Duván|Fredy|Jairo|Yuliana|Leidy|Yurani|Marleny|Nelcy|
        Dayana|Sirley|Yamile|Deisy|Nidia|Esneider|Brayan|Fabio|Harold|Jefferson|Norbey|Oswaldo|
        Reinaldo|Alirio|Argemiro|Belarmino|Darío|Yolima|Eucaris|Mayerly|Nubia|Omaira|Rubiela|
        Yaneth|Luz Dary|Luz Marina|Ana Milena|Jhon Jairo|Maryuri|Yorladis|Heiner|Didier|Faiber|
        Jhonier|Yurledy|Estefanía"""),
                  _s("""Restrepo|Londoño|Osorio|Giraldo|Arango|Cardona|Ospina|Zapata|Echeverri|Jaramillo|
        Mejía|Uribe|Betancur|Quintero|Valencia|Cifuentes|Henao|Orrego|Patiño|Rendón|Tabares|
        Villegas|Agudelo|Bedoya|Builes|Gaviria|Hurtado|Idárraga|Llano|Marulanda|Naranjo|Ocampo|
        Palacio|Quiceno|Rincón|Sepúlveda|Toro|Upegui|Yepes|Zuluaga|Palacios|Cuesta|Caicedo|Mosquera|
        Arboleda|Grajales|Loaiza|Muñetón|Sierra|Taborda"""),
                  "CO"),
    "argentine": (_s("""Facundo|Agustín|Santino|Thiago|Lautaro|Nahuel|Gastón|Leandro|Maximiliano|
        Ezequiel|Ramiro|Julián|Emiliano|Matías|Bautista|Tobías|Valentino|Ignacio|Florencia|Agustina|
        Milagros|Sol|Micaela|Luciana|Belén|Candela|Josefina|Martina|Abril|Daiana|Romina|Yamila|
        Celeste|Eliana|Marisa|Graciela|Norma|Silvina|Analía|Mirta|Susana|Delfina|Pilar|Ludmila|
        Brisa|Benicio|Genaro|Ciro|Gervasio"""),
                  _s("""Bianchi|Ferraro|Colombo|Ricci|Marino|Greco|Gallo|Conti|De Luca|Mancini|Giordano|
        Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|Mariani|Rinaldi|Caruso|Galli|Martinelli|
        Vitale|Coppola|De Angelis|D'Alessandro|Pellegrini|Palumbo|Farina|Rossetti|Benedetti|
        Cattaneo|Bertolini|Grimaldi|Zanetti|Passarella|Scaloni|Pettinato|Bonavena|Spinetta|Cerati|
        Zubeldía|Bustamante|Pereyra|Ledesma|Godoy|Quiroga|Lencina|Maidana|Pizarro|Gianinazzi|
        Bonfiglio|Tagliaferro"""),
                  "AR"),
    "chilean": (_s("""Benjamín|Vicente|Cristóbal|Joaquín|Bastián|Alonso|Renato|Patricio|Nibaldo|
        Yerko|Galvarino|Caupolicán|Aukan|Millaray|Rayén|Ayelén|Relmu|Anahí|Francisca|Constanza|
        Javiera|Fernanda|Antonia|Josefa|Isidora|Violeta|Ximena|Marcela|Paulina|Karina|Bernardita|
        Pía|Solange|Maite|Amanda|Catalina|Florencia|Emilia|Agustina|Trinidad|Baltazar|Clemente|
        Gaspar|Maximiliano|Tomás|Iván|Osvaldo|Hernán"""),
                _s("""Huenchullán|Catrileo|Millapán|Painemal|Ñancupil|Huenchumilla|Curiñanco|Llancaqueo|
        Lienlaf|Antilef|Calfucura|Cayupán|Collipal|Huaiquimil|Lincopi|Manquel|Millanao|Nahuelpán|
        Paillalef|Quilaqueo|Railaf|Tripailaf|Caniullán|Ancalaf|Marileo|Queupumil|Huichalaf|Coliqueo|
        Epulef|Pichún|Nahuelcura|Cheuquepán|Lefiman|Curihual|Millaqueo|Aillapán|Huenupi|Quintrileo|
        Fuentealba|Venegas|Valenzuela|Araya|Riquelme|Bustos|Jara|Alarcón|Saavedra|Poblete|Sandoval"""),
                "CL"),
    "peruvian": (_s("""Nilda|Maritza|Roxana|Vilma|Delia|Haydée|Nélida|Lourdes|Gianella|Fiorella|Kiara|
        Ysabel|Wilfredo|Percy|Teófilo|Nicanor|Américo|Hilario|Cristhian|Jhonatan|Elmer|Alcides|
        Celso|Demetrio|Eleuterio|Faustino|Froilán|Gualberto|Juvenal|Máximo|Néstor|Rolando|Saúl|
        Yuri|Zósimo|Inti|Sisa|Killa|Yessenia|Flor de María|Rosa Elvira|Marco Antonio|Edelmira|
        Epifanía|Gudelia|Hermelinda|Justina|Melquiades|Teodora|Urpi"""),
                 _s("""Quispe|Mamani|Huamán|Condori|Ccori|Chambi|Apaza|Cusi|Huanca|Ticona|Yupanqui|
        Choque|Pari|Sucasaca|Huarcaya|Ccahuana|Puma|Ayma|Cutipa|Layme|Mayta|Nina|Quisocala|Taipe|
        Uscamayta|Villca|Yucra|Hancco|Huillca|Limachi|Machaca|Pacompía|Quillahuamán|Sullca|Tupa|
        Vilcapoma|Atoccsa|Ccama|Chuquimia|Poma|Guamán|Ttito|Achahui|Cahuana|Zevallos|Córdova|Salas|
        Paredes|Alvarado|Cárdenas|Palomino"""),
                 "PE"),
    "brazilian": (_s("""Thaís|Larissa|Letícia|Bruna|Aline|Priscila|Tatiane|Jéssica|Cristiane|Raimunda|
        Antônia|Conceição|Luzia|Iracema|Jussara|Marlene|Neide|Rosângela|Valdirene|Edileuza|Gleice|
        Heloísa|Isadora|Cleiton|Wellington|Edvaldo|Gilmar|Jailson|Josué|Reginaldo|Valdir|Washington|
        Rivaldo|Cauã|Heitor|Murilo|Vinícius|Otávio|Rogério|Everton|Cícero|Sebastião|Raimundo|
        Benedito|Hiroshi|Kenji|Akemi|Jamil|Samir|Nagib|Gunther|Helga|Ademir|Lucimar|Ivanilde|
        Joelma|Kauê|Thalita|Yuri|Rayssa"""),
                  _s("""Cavalcanti|Albuquerque|Figueiredo|Magalhães|Medeiros|Moura|Queiroz|Vasconcelos|
        Bezerra|Brandão|Damasceno|Farias|Guimarães|Leitão|Macedo|Pimentel|Sampaio|Siqueira|
        Valadares|Bortolotto|Casagrande|Dall'Agnol|Giacomelli|Lazzarotto|Mazzuco|Pasqualini|
        Trevisan|Zanella|Schmitt|Hoffmann|Kuhn|Stein|Richter|Sakamoto|Yamamoto|Nakamura|Watanabe|
        Kobayashi|Matsumoto|Oshiro|Haddad|Maluf|Abdalla|Jafet|Salomão|Chedid|Kalil|Nader|Farah|Saad|
        Jereissati|Sobral|Aragão|Holanda|Prates"""),
                  "BR"),
    "portuguese": (_s("""Afonso|Duarte|Gonçalo|Martim|Salvador|Tiago|Diogo|Rui|Nuno|Vasco|Lourenço|
        Gaspar|Joaquim|Abílio|Albano|Amadeu|Custódio|Delfim|Fernão|Hermínio|Inês|Leonor|Matilde|
        Margarida|Madalena|Constança|Benedita|Carlota|Graça|Filomena|Fátima|Amélia|Rosário|Lurdes|
        Odete|Albertina|Natércia|Joana|Catarina|Íris|Teresa|Sofia|Rodrigo|Henrique|Zulmira|Aurélio|
        Belmiro|Quitéria"""),
                   _s("""Gonçalves|Marques|Antunes|Correia|Cardoso|Moreira|Monteiro|Baptista|Fonseca|Faria|
        Loureiro|Morais|Matos|Simões|Freitas|Coelho|Nunes|Pacheco|Quintas|Resende|Sequeira|Vaz|
        Amaral|Barros|Cabral|Esteves|Figueira|Henriques|Lobo|Neves|Paiva|Rebelo|Sá|Valente|Abreu|
        Bettencourt|Meneses|Pinheiro|Seixas|Azevedo|Brás|Calado|Godinho|Leal|Patrício|Raposo|
        Salgueiro|Tomé|Vilaça"""),
                   "PT"),
    "capeverdean": (_s("""Djamila|Nilton|Elton|Adilson|Ailton|Edmilson|Euclides|Hélder|Kátia|Lenira|
        Mirian|Nádia|Odair|Suzete|Zeferino|Aristides|Amílcar|Cesária|Ildo|Irineu|Leonildo|Manecas|
        Orlanda|Dulce|Eneida|Gilda|Ivone|Jacira|Mafalda|Neusa|Rosita|Telma|Vanda|Zenaida|Evandro|
        Gilson|Jandira|Nelida|Arlindo|Danilson|Edna|Iolanda|Lucinda|Silvino|Valdemar|Zuleica"""),
                    _s("""Tavares|Fortes|Semedo|Varela|Andrade|Furtado|Delgado|Évora|Livramento|Moniz|
        Medina|Pina|Ramos|Sanches|Soares|Spencer|Veiga|Borges|Duarte|Freire|Leite|Querido|Silveira|
        Tolentino|Ascensão|Benrós|Coutinho|Lopes|Brito|Gomes|Rocha|Fonseca|Barbosa|Correia|Mendes|
        Semedo|Cardoso|Monteiro|Graça|Almeida|Baessa|Lima|Neves|Vicente|Sousa"""),
                    "PT"),
}

SPANISH = ("ES", "MX", "CO", "AR", "CL", "PE")

CITIES = {
    "ES": _s("Madrid|Sevilla|Bilbao|Vigo|Zaragoza|Málaga|Valencia|Girona|Donostia|Cádiz|Lugo|Murcia|Badajoz|Barcelona|Asturias|Andalucía"),
    "MX": _s("Guadalajara|Monterrey|Puebla|Mérida|CDMX|Oaxaca|Tijuana|León|Querétaro|Veracruz|Toluca|Yucatán"),
    "CO": _s("Medellín|Cali|Bogotá|Barranquilla|Cartagena|Pereira|Bucaramanga|Manizales|Antioquia"),
    "AR": _s("Rosario|Córdoba|Mendoza|Buenos Aires|La Plata|Mar del Plata|Tucumán|Salta|Neuquén"),
    "CL": _s("Valparaíso|Temuco|Santiago|Concepción|Antofagasta|Viña del Mar|La Serena|Puerto Montt"),
    "PE": _s("Arequipa|Cusco|Lima|Trujillo|Piura|Chiclayo|Puno|Huancayo|Callao"),
    "BR": _s("São Paulo|Curitiba|Porto Alegre|Recife|Salvador|Belo Horizonte|Fortaleza|Manaus|Campinas|Goiânia|Florianópolis|Bahia"),
    "PT": _s("Lisboa|Porto|Braga|Coimbra|Faro|Setúbal|Aveiro|Amadora|Funchal|Viseu|Algarve|Praia|Mindelo"),
}

# ----------------------------------------------------------------- "o" fillers
BRANDS = {
    "ES": _s("Movistar|Vodafone|Orange|Digi|MásMóvil|Yoigo|BBVA|Santander|CaixaBank|Bankinter|Sabadell|Iberia|Vueling|Air Europa|El Corte Inglés|Bizum|Amazon|Wallapop|PcComponentes|Correos|SEUR"),
    "MX": _s("Telcel|AT&T|Movistar|Banorte|BBVA|Citibanamex|Aeroméxico|Volaris|Viva Aerobus|Mercado Libre|Oxxo|Liverpool|Coppel|Estafeta|DHL|Amazon|Spin"),
    "CO": _s("Claro|Tigo|Movistar|WOM|Bancolombia|Davivienda|Nequi|Daviplata|Avianca|LATAM|Rappi|Falabella|Éxito|Servientrega|Mercado Libre"),
    "AR": _s("Personal|Claro|Movistar|Galicia|Macro|Mercado Pago|Mercado Libre|Aerolíneas Argentinas|Flybondi|Ualá|Brubank|Andreani|OCA|Naranja X"),
    "CL": _s("Entel|WOM|Movistar|Claro|BancoEstado|Banco de Chile|Itaú|LATAM|Sky Airline|JetSMART|Falabella|Ripley|Paris|Chilexpress|Mach"),
    "PE": _s("Movistar|Claro|Entel|Bitel|BCP|Interbank|BBVA|Yape|Plin|LATAM|Sky|Saga Falabella|Olva|Ripley"),
    "BR": _s("Vivo|Claro|TIM|Oi|Nubank|Itaú|Bradesco|Banco do Brasil|Caixa|Inter|PicPay|Mercado Livre|Magalu|Americanas|Shopee|Azul|Gol|LATAM|Correios|Sedex|iFood"),
    "PT": _s("MEO|NOS|Vodafone|Digi|Millennium BCP|Caixa Geral|Novo Banco|Santander|MB Way|TAP|Ryanair|Worten|Fnac|CTT|Continente|Revolut"),
}
APPS = _s("WhatsApp|Instagram|la app|el portal|Mi Movistar|Mi Claro|app Nubank|o app|Teams|Zendesk|Salesforce|Genesys|SAP|Siebel|Genesys Cloud|Freshdesk|Jira|el IVR|o URA|Outlook")
PLANS = _s("Fibra 600Mb|Fusión Total|plan Ilimitado 30GB|Plan Max|Pospago 20GB|Prepago Recarga 10|Controle 25GB|Tarifa Go|Fibra 1Gb + móvil|pack TV Fútbol|Plano Família|Claro Flex|Vivo Fibra 500|MEO Total|NOS 4|Entel Libre|WOM Plan 50|Tigo Hogar|Personal Flow|Telcel Ultra|Claro Pós 50GB|TIM Black")
BANK_PLANS = _s("Cuenta Nómina|Cuenta Online|Conta Ultravioleta|Conta Digital|Cuenta Sueldo|Cuenta RUT|Tarjeta Oro|Cartão Platinum|Visa Signature|Mastercard Black|Conta Universitária|Cuenta Joven|Personnalité|Select")
MODELS = _s("iPhone 13|iPhone 15 Pro|Galaxy A54|Galaxy S23|Moto G84|Redmi Note 12|router HGU|ONT Huawei|decodificador 4K|Xiaomi 13T|Poco X5|Fire TV Stick|Airpods Pro|Kindle|Switch OLED|PS5|modem ZTE F670|Livebox 6")
TEAMS_ES = _s("backoffice|2º nivel|N2|soporte técnico|facturación|cobranzas|recobros|bajas|retención|fraude|antifraude|logística|reclamaciones|calidad|supervisión|equipo de reembolsos|mesa de ayuda|postventa|equipaje|check-in")
TEAMS_PT = _s("backoffice|N2|suporte técnico|faturação|cobrança|cancelamentos|retenção|fraude|logística|ouvidoria|qualidade|supervisão|equipa de reembolsos|pós-venda|bagagem|check-in|SAC")
DAYS_ES = _s("lunes|martes|miércoles|jueves|viernes|sábado|domingo")
DAYS_PT = _s("segunda|terça|quarta|quinta|sexta|sábado|domingo")
MONTHS_ES = _s("enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre")
MONTHS_PT = _s("janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro")
CURRENCY = {"ES": "€", "PT": "€", "MX": "$", "CO": "$", "AR": "$", "CL": "$", "PE": "S/", "BR": "R$"}
AIRPORTS = _s("MAD|BCN|LIS|OPO|GRU|GIG|MEX|GDL|BOG|MDE|EZE|AEP|SCL|LIM|CUZ|CUN|SVQ|FAO|POA|REC")
AIRLINE_CODES = _s("IB|UX|VY|AM|Y4|AV|LA|AR|H2|TP|AD|G3|JA")


# ----------------------------------------------------------------- helpers
def _fold(text):
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def _ascii(text):
    return re.sub(r"[^a-z0-9]", "", _fold(text))


def _digits(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


def _card(r):
    prefix = r.choice(["4", "51", "52", "55", "37", "6011", "5067", "4984", "3528"])
    length = 15 if prefix == "37" else 16
    body = prefix + _digits(r, length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    full = body + str((10 - total % 10) % 10)
    style = r.random()
    if length == 15:
        return f"{full[:4]} {full[4:10]} {full[10:]}" if style < 0.6 else full
    if style < 0.5:
        return " ".join(full[i:i + 4] for i in range(0, 16, 4))
    if style < 0.7:
        return "-".join(full[i:i + 4] for i in range(0, 16, 4))
    return full


def _iban(r, country):
    cc, bban = {"ES": ("ES", _digits(r, 20)), "PT": ("PT", "0035" + _digits(r, 17)),
                "BR": ("BR", _digits(r, 23) + "C1")}.get(country, ("ES", _digits(r, 20)))
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    check = 98 - int(num) % 97
    iban = f"{cc}{check:02d}{bban}"
    if r.random() < 0.6:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def _dni_es(r):
    n = r.randrange(10000000, 99999999)
    letter = "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]
    if r.random() < 0.25:
        p = r.choice("XYZ")
        n7 = r.randrange(1000000, 9999999)
        letter = "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(p)) + str(n7)) % 23]
        return f"{p}{n7}{letter}" if r.random() < 0.7 else f"{p}-{n7}-{letter}"
    return f"{n}{letter}" if r.random() < 0.7 else f"{n}-{letter}"


def _cpf(r):
    d = [r.randrange(10) for _ in range(9)]
    for k in (10, 11):
        s = sum(x * w for x, w in zip(d, range(k, 1, -1)))
        d.append((s * 10 % 11) % 10)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if r.random() < 0.7 else s


def _cnpj(r):
    d = [r.randrange(10) for _ in range(8)] + [0, 0, 0, 1]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        s = sum(x * y for x, y in zip(d, w)) % 11
        d.append(0 if s < 2 else 11 - s)
    s = "".join(map(str, d))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def _rut(r):
    n = r.randrange(5000000, 26000000)
    s, m = 0, 2
    for ch in reversed(str(n)):
        s += int(ch) * m
        m = 2 if m == 7 else m + 1
    dv = 11 - s % 11
    dv = "0" if dv == 11 else "K" if dv == 10 else str(dv)
    if r.random() < 0.65:
        return f"{n:,}".replace(",", ".") + f"-{dv}"
    return f"{n}-{dv}"


def _nif_pt(r):
    d = [r.choice([1, 2, 2, 2, 3])] + [r.randrange(10) for _ in range(7)]
    s = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
    d.append(0 if s < 2 else 11 - s)
    return "".join(map(str, d))


_CURP_STATES = ("AS", "BC", "CH", "DF", "GR", "JC", "MC", "MN", "NL", "OC", "PL", "QT", "SP", "VZ", "YN")


def _curp(r, person):
    fam = _ascii(person["fam1"]).upper() or "XX"
    fam2 = _ascii(person["fam2"] or "X").upper()
    giv = _ascii(person["given"]).upper()
    vow = next((c for c in fam[1:] if c in "AEIOU"), "X")
    yy, mm, dd = r.randrange(50, 100), r.randrange(1, 13), r.randrange(1, 29)
    cons = lambda w: next((c for c in w[1:] if c not in "AEIOU"), "X")
    base = f"{fam[0]}{vow}{fam2[0]}{giv[0]}{yy:02d}{mm:02d}{dd:02d}"
    return base + r.choice("HM") + r.choice(_CURP_STATES) + cons(fam) + cons(fam2) + cons(giv) + r.choice("0A") + str(r.randrange(10))


def _rfc(r, person):
    fam = _ascii(person["fam1"]).upper()
    giv = _ascii(person["given"]).upper()
    vow = next((c for c in fam[1:] if c in "AEIOU"), "X")
    fam2 = _ascii(person["fam2"] or "X").upper()
    yy, mm, dd = r.randrange(50, 100), r.randrange(1, 13), r.randrange(1, 29)
    hk = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(3))
    return f"{fam[0]}{vow}{fam2[0]}{giv[0]}{yy:02d}{mm:02d}{dd:02d}{hk}"


def _national_id(r, country, person):
    """returns (cue, value)"""
    if country == "ES":
        v = _dni_es(r)
        return ("NIE" if v[0] in "XYZ" else r.choice(["DNI", "dni", "DNI/NIF"])), v
    if country == "MX":
        if r.random() < 0.6:
            return r.choice(["CURP", "curp"]), _curp(r, person)
        return r.choice(["RFC", "rfc"]), _rfc(r, person)
    if country == "CO":
        return r.choice(["CC", "cédula", "cc"]), (f"{r.randrange(10000000, 1199999999):,}".replace(",", ".") if r.random() < 0.5 else str(r.randrange(10000000, 1199999999)))
    if country == "AR":
        n = r.randrange(10000000, 46000000)
        return r.choice(["DNI", "dni", "CUIL"]), (f"{n:,}".replace(",", ".") if r.random() < 0.6 else str(n))
    if country == "CL":
        return r.choice(["RUT", "rut", "RUN"]), _rut(r)
    if country == "PE":
        return r.choice(["DNI", "dni"]), _digits(r, 8)
    if country == "BR":
        if r.random() < 0.8:
            return r.choice(["CPF", "cpf"]), _cpf(r)
        return r.choice(["CNPJ", "cnpj"]), _cnpj(r)
    v = _nif_pt(r)
    if r.random() < 0.3:
        return r.choice(["CC", "cartão de cidadão"]), f"{_digits(r, 8)} {r.randrange(10)} {r.choice('ZXYW')}{r.choice('ZXYW')}{r.randrange(10)}"
    return r.choice(["NIF", "nif", "contribuinte"]), v


def _phone(r, country):
    if country == "ES":
        a = r.choice("67") + _digits(r, 8)
        f = r.choice([f"+34 {a[:3]} {a[3:6]} {a[6:]}", f"{a[:3]} {a[3:5]} {a[5:7]} {a[7:]}", a, f"0034{a}", f"+34{a}"])
    elif country == "MX":
        a = r.choice(["55", "33", "81", "999", "222"])
        rest = _digits(r, 10 - len(a))
        f = r.choice([f"+52 {a} {rest[:4]} {rest[4:]}", f"{a} {rest[:4]} {rest[4:]}", a + rest, f"+52 1 {a} {rest}"])
    elif country == "CO":
        a = "3" + r.choice(["00", "01", "10", "12", "14", "15", "20", "50"]) + _digits(r, 7)
        f = r.choice([f"+57 {a[:3]} {a[3:6]} {a[6:]}", f"{a[:3]} {a[3:]}", a, f"(+57) {a}"])
    elif country == "AR":
        a = r.choice(["11", "351", "341", "261"])
        rest = _digits(r, 10 - len(a))
        f = r.choice([f"+54 9 {a} {rest[:-4]}-{rest[-4:]}", f"{a} 15-{rest[:-4]}-{rest[-4:]}", f"+549{a}{rest}", f"15 {rest[:-4]}-{rest[-4:]}"])
    elif country == "CL":
        a = _digits(r, 8)
        f = r.choice([f"+56 9 {a[:4]} {a[4:]}", f"9 {a[:4]} {a[4:]}", f"+569{a}", f"09-{a}"])
    elif country == "PE":
        a = "9" + _digits(r, 8)
        f = r.choice([f"+51 {a[:3]} {a[3:6]} {a[6:]}", f"{a[:3]} {a[3:6]} {a[6:]}", a, f"(01) {_digits(r, 3)}-{_digits(r, 4)}"])
    elif country == "BR":
        ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "92", "19", "48"])
        a = "9" + _digits(r, 8)
        f = r.choice([f"+55 ({ddd}) {a[:5]}-{a[5:]}", f"({ddd}) {a[:5]}-{a[5:]}", f"{ddd} {a}", f"+55{ddd}{a}", f"{ddd} 9{a[1:5]}-{a[5:]}"])
    else:
        a = r.choice(["91", "92", "93", "96", "21", "22"]) + _digits(r, 7)
        f = r.choice([f"+351 {a[:3]} {a[3:6]} {a[6:]}", f"{a[:3]} {a[3:6]} {a[6:]}", a, f"00351{a}", f"+238 {r.choice('59')}{_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}"])
    return f


STREETS_ES = _s("Mayor|del Carmen|Alcalá|Gran Vía|de la Paz|Real|San Fernando|Sierpes|Triana|Uría|Colón|Príncipe|de los Reyes Católicos|Velázquez|Doctor Fleming|Rosalía de Castro|Urzáiz|Ercilla|Diagonal|Aragó|Balmes|Zurbano|del Pilar")
STREETS_LA = {
    "MX": _s("Insurgentes Sur|Reforma|Juárez|Hidalgo|Morelos|Revolución|Itzáes|Vallarta|Constitución|Chapultepec|Tlalpan|Universidad"),
    "CO": _s("El Poblado|Boyacá|Las Américas|Nutibara|Oriental|Santander|El Dorado|Caracas"),
    "AR": _s("Corrientes|Rivadavia|Santa Fe|Cabildo|San Martín|Belgrano|Pellegrini|Colón|Sarmiento|Callao"),
    "CL": _s("Providencia|Apoquindo|Los Leones|Vicuña Mackenna|Irarrázaval|Grecia|Alemania|Pedro de Valdivia"),
    "PE": _s("Larco|Javier Prado|Arequipa|Benavides|La Marina|Brasil|Angamos|Ejército"),
}
STREETS_PT = _s("Augusta|da Consolação|Oscar Freire|das Flores|XV de Novembro|Voluntários da Pátria|Sete de Setembro|Barão de Itapetininga|da Liberdade|de Santa Catarina|do Ouro|Garrett|dos Clérigos|da Prata|Almirante Reis|de Cedofeita|Marquês de Pombal|do Carmo|Boa Vista|Pinheiros")


def _address(r, country):
    n = r.randrange(1, 2400) if country not in ("ES", "PT") else r.randrange(1, 180)
    if country == "ES":
        st = r.choice(["calle", "c/", "C/", "avda.", "Av.", "plaza", "pº", "rúa"])
        tail = r.choice(["", f", {r.randrange(1, 9)}º {r.choice('ABCD')}", f", piso {r.randrange(1, 9)} {r.choice(['izq', 'dcha', 'B'])}", f" {r.randrange(1, 8)}º{r.randrange(1, 4)}ª", f", bajo"])
        return f"{st} {r.choice(STREETS_ES)} {r.choice(['', 'nº '])}{n}{tail}"
    if country in ("MX", "CO", "AR", "CL", "PE"):
        st = r.choice(["av.", "Av.", "calle", "Calle", "jr.", "pasaje", "Avenida"])
        if country == "CO" and r.random() < 0.6:
            return f"{r.choice(['Cra', 'Calle', 'cll', 'Cr'])} {r.randrange(1, 120)}{r.choice(['', 'A', 'B'])} # {r.randrange(1, 99)}-{r.randrange(1, 99):02d}{r.choice(['', ' apto 301', ' int 2'])}"
        tail = r.choice(["", f" int. {r.randrange(1, 20)}", f", depto {r.randrange(1, 20)}{r.choice('ABCD')}", f" piso {r.randrange(1, 12)}", f", dpto. {r.randrange(101, 1205)}", f" col. Roma Norte" if country == "MX" else ""])
        return f"{st} {r.choice(STREETS_LA[country])} {n}{tail}"
    st = r.choice(["rua", "Rua", "R.", "av.", "Av.", "travessa", "Tv.", "largo", "alameda"])
    if country == "BR":
        tail = r.choice(["", f", apto {r.randrange(11, 1802)}", f" apto {r.randrange(11, 302)} bloco {r.choice('ABC')}", f", casa {r.randrange(1, 5)}", f" - sala {r.randrange(1, 90)}"])
        return f"{st} {r.choice(STREETS_PT)}{r.choice([', ', ', nº ', ' '])}{n}{tail}"
    tail = r.choice(["", f", {r.randrange(1, 8)}º esq", f" {r.randrange(1, 8)}º dto", f", r/c", f", {r.randrange(1, 8)}º andar"])
    return f"{st} {r.choice(STREETS_PT)}{r.choice([', ', ' nº ', ' n.º '])}{n}{tail}"


def _postcode(r, country):
    if country == "ES":
        return f"{r.choice(['28', '41', '48', '36', '08', '46', '29', '15', '20', '50'])}{_digits(r, 3)}"
    if country == "MX":
        return f"{r.randrange(1, 99):02d}{_digits(r, 3)}"
    if country == "CO":
        return f"{r.choice(['05', '11', '76', '08', '13'])}{_digits(r, 4)}"
    if country == "AR":
        return r.choice([f"C{r.randrange(1000, 1440)}{r.choice(['AAB', 'ABC', 'DFN', 'BAE'])}", str(r.randrange(1000, 9500))])
    if country == "CL":
        return _digits(r, 7)
    if country == "PE":
        return f"15{_digits(r, 3)}"
    if country == "BR":
        return f"{r.randrange(1000, 99999):05d}-{_digits(r, 3)}" if r.random() < 0.8 else f"{r.randrange(1000, 99999):05d}{_digits(r, 3)}"
    return f"{r.randrange(1000, 9999)}-{_digits(r, 3)}"


def _dob(r, country):
    y, m, d = r.randrange(1940, 2006), r.randrange(1, 13), r.randrange(1, 29)
    months = MONTHS_PT if country in ("BR", "PT") else MONTHS_ES
    de = "de"
    return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d:02d}.{m:02d}.{y}",
                     f"{d}/{m}/{str(y)[2:]}", f"{d} {de} {months[m - 1]} {de} {y}", f"{d} {months[m - 1][:3]} {y}",
                     f"{y}-{m:02d}-{d:02d}"])


MAIL_DOMAINS = {
    "ES": _s("gmail.com|hotmail.es|yahoo.es|outlook.es|telefonica.net|icloud.com"),
    "MX": _s("gmail.com|hotmail.com|yahoo.com.mx|outlook.com|prodigy.net.mx"),
    "CO": _s("gmail.com|hotmail.com|yahoo.es|outlook.com|une.net.co"),
    "AR": _s("gmail.com|hotmail.com.ar|yahoo.com.ar|fibertel.com.ar|live.com.ar"),
    "CL": _s("gmail.com|hotmail.cl|vtr.net|outlook.cl|yahoo.es"),
    "PE": _s("gmail.com|hotmail.com|outlook.com|yahoo.es"),
    "BR": _s("gmail.com|hotmail.com|uol.com.br|bol.com.br|terra.com.br|outlook.com|yahoo.com.br"),
    "PT": _s("gmail.com|sapo.pt|hotmail.com|outlook.pt|netcabo.pt"),
}


def _email(r, country, person):
    g = _ascii(person["given"].split()[0])
    f = _ascii(person["fam1"])
    f2 = _ascii(person["fam2"] or "")
    user = r.choice([f"{g}.{f}", f"{g}{f}{r.randrange(1, 99)}", f"{g[0]}{f}", f"{g}_{f}", f"{f}.{g}",
                     f"{g}{r.randrange(1960, 2005)}", f"{g[0]}{f}{f2[:1]}", f"{g}.{f}.{f2}" if f2 else f"{g}.{f}"])
    return f"{user}@{r.choice(MAIL_DOMAINS[country])}"


def _handle(r, person):
    g = _ascii(person["given"].split()[0])
    f = _ascii(person["fam1"])
    return r.choice([f"@{g}_{f[:4]}", f"@{g}{r.randrange(1, 999)}", f"{g}.{f}{r.randrange(1, 99)}",
                     f"@{f}{g[:2]}", f"{g[:3]}{f[:3]}_{r.randrange(10, 99)}", f"@la_{g}" if r.random() < 0.5 else f"@el{f}"])


def _order(r):
    return r.choice([f"#{_digits(r, 7)}", f"PED-{_digits(r, 6)}", f"{_digits(r, 3)}-{_digits(r, 7)}-{_digits(r, 7)}",
                     f"INC{_digits(r, 7)}", f"TK-{_digits(r, 5)}", f"{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{r.randrange(100, 999)}",
                     f"2{_digits(r, 9)}", f"CLI-{_digits(r, 6)}", f"BR{_digits(r, 9)}", _digits(r, 8)])


def _ip(r):
    if r.random() < 0.15:
        return f"2804:{r.randrange(4096, 65535):x}:{r.randrange(1, 65535):x}::{r.randrange(1, 65535):x}"
    return f"{r.choice([177, 186, 187, 189, 190, 200, 201, 181, 88, 83, 95, 213, 85, 148])}.{r.randrange(0, 256)}.{r.randrange(0, 256)}.{r.randrange(1, 255)}"


def _url(r, person):
    g = _ascii(person["given"].split()[0])
    f = _ascii(person["fam1"])
    return r.choice([f"https://crm.interno.local/clientes/{_digits(r, 6)}", f"facebook.com/{g}.{f}",
                     f"https://www.instagram.com/{g}_{f}", f"https://wa.me/55{_digits(r, 11)}",
                     f"https://linktr.ee/{g}{f}", f"https://drive.google.com/file/d/{_digits(r, 6)}{g}",
                     f"www.linkedin.com/in/{g}-{f}-{_digits(r, 4)}", f"https://mitienda.mx/perfil/{g}{f[:3]}"])


SYSTEMS = _s("Salesforce|Siebel|SAP|Genesys|Zendesk|Remedy|ServiceNow|el CRM|Amdocs|Freshdesk|Five9|Kustomer|Avaya")

# ----------------------------------------------------------------- templates
# PII slots: N full name, N2 other person, G given, F family name(s), SG "SURNAME, Given",
# A agent given name, E email, P phone, C card, IDC "cue id", MEM member no, ORD order/ticket,
# H handle, ADR address, CP postcode, IP, URL, IBAN, DOB.  "~": CITY.  "o": the rest.
PII_ES = [
    "cx {N} llama por cobro doble en factura de {MON}, {AMT} | se abre ticket {ORD} para refund",
    "cliente {N} ({IDC}) solicita portabilidad a {B}, pendiente validar titularidad",
    "llamó {G}, dice que no le llega el SMS de {B} al {P}. reenviado, ok",
    "{SG} - cambio de domicilio a {ADR}, {CP} {CITY}. confirmado por tlf",
    "spoke to Sra. {F}, pide baja de la línea {P} por mudanza a {CITY}",
    "titular: {N} | {IDC} | tel {P} | mail {E}",
    "cust {G} quiere domiciliar recibos en {IBAN}, se envía mandato SEPA",
    "fraude: cargo no reconocido en tarjeta {C} por {AMT} en {B}. bloqueada y reemitida",
    "pasajero {N} vuelo {FL} {AP}-{AP2}, pide cambio de asiento y maleta extra. {IDC}",
    "f. nac {DOB} no coincide con la ficha de {G}, pedir doc escaneado por {APP}",
    "entrega fallida pedido {ORD}, dirección {ADR}, CP {CP}, {CITY}. cx pide reprogramar para el {DAY}",
    "gracias a {A} por el callback, cx {N} satisfecho, cierro ticket",
    "la cuenta de {G} quedó bloqueada tras 3 intentos, login desde IP {IP}, escalado a antifraude",
    "cliente envía captura desde {URL}, no se ve el cargo de {AMT}",
    "cx muy molesto, exige hablar con supervisor. nombre: {N}, fecha de nac. {DOB}, {IDC}",
    "{N} reclama reembolso de {AMT} por vuelo cancelado {FL}, localizador {ORD}",
    "actualizar email a {E} y móvil a {P} a petición de Dña. {G}",
    "usuario {H} en {APP} se queja de demora en envío, pedido {ORD}, pasado a {TEAM}",
    "{A}: cx {G} no recuerda su pin, se le envía por SMS, ok",
    "Sr. {F} llama x 3ra vez, fibra caída desde el {DAY}, visita técnica mañana 9-13h en {ADR}",
    "transferencia a cuenta {IBAN} rechazada, titular {N}, revisar con {TEAM} asap",
    "nac. {DOB} | {IDC} | {N} | alta nueva línea {PLAN}",
    "callback pendiente al {P}, preguntar por {G}, horario de tarde",
    "saludos, {A} | caso {ORD} cerrado, refund de {AMT} aplicado",
    "cx dice q su hijo {G} hizo compras en {B} sin permiso, {AMT}, se inicia chargeback",
    "pasajera {N} perdió equipaje en {AP}, PIR {ORD}, contacto {P}, hotel en {CITY}",
    "oye {A}, el cliente {N} vuelve a llamar por lo del router, lo paso a N2",
    "titular fallecido, llama la hija {N} con {IDC}, pide cambio de titularidad",
    "cliente {N} con {IDC} pide aumento de cupo de la tarjeta {C}",
    "mail recibido de {E} pidiendo factura con datos fiscales, reenviado a facturación",
    "datos de envío: {N}, {ADR}, {CP} {CITY}, tel {P}",
    "cx pide borrar sus datos (RGPD), {IDC}, {E}, ticket {ORD}",
    "{N} x whatsapp: no le llegó el reembolso de {AMT}, 5 días hábiles, le explico",
    "validado x preguntas de seguridad: f. nac {DOB}, últimos movimientos ok. cx {G} conforme",
    "perfil {URL} suplantando a {B}, cx {G} nos avisa, escalar a redes",
    "{G} de {CITY} quiere pasar la titularidad de la línea a su pareja {N2}",
    "socio nº {MEM} {N}, reclamo por millas no acreditadas del vuelo {FL}",
    "{G} pide que le llamen al fijo {P} mejor, el móvil lo tiene roto",
    "d.o.b {DOB} - {N} - {IDC} - verificado ok",
    "seguimiento: {N} sigue sin señal en {ADR}, {CITY}, abrir avería con {TEAM}",
    "{SG} | nacido el {DOB} | tarjeta {C} | bloqueo preventivo",
]

PII_PT = [
    "cliente {N} ligou reclamando cobrança duplicada na fatura de {MON}, {AMT}. aberto chamado {ORD}",
    "titular {N} | {IDC} | tel {P} | email {E}",
    "atualizar endereço: {ADR}, CEP {CP}, {CITY}. cx confirmou por telefone",
    "cx {G} não recebe o código por SMS no {P}, reenviado pelo {APP}",
    "data de nasc. {DOB} divergente no cadastro de {G}, pedir foto do documento",
    "estorno de {AMT} no cartão {C}, compra não reconhecida na {B}, cartão bloqueado",
    "passageiro {N} voo {FL} {AP}-{AP2}, pede remarcação sem multa. {IDC}",
    "obrigado {A} pelo retorno, cliente {N} satisfeito, encerro o ticket",
    "Sra. {F} quer portabilidade para a {B}, falta validar {IDC}",
    "nascido em {DOB}, {N}, quer abrir conta {BPLAN}, {IDC}",
    "entrega do pedido {ORD} falhou, morada {ADR}, {CP} {CITY}, cliente pede nova tentativa {DAY}",
    "login suspeito do IP {IP} na conta de {G}, senha resetada, avisado por {E}",
    "{SG} - pedido de 2ª via da fatura, enviar para {E}",
    "cx {H} no Instagram reclamando do atraso, pedido {ORD}, passei para {TEAM}",
    "{A} aqui: cliente {G} sem internet desde {DAY}, técnico agendado p/ amanhã em {ADR}",
    "recebido print de {URL}, perfil falso usando a marca, cx {N} avisou",
    "dados p/ envio: {N}, {ADR}, CEP {CP}, {CITY}, cel {P}",
    "cx pede exclusão dos dados (LGPD), {IDC}, email {E}",
    "callback p/ {G} no {P} depois das 18h, assunto fatura",
    "titular faleceu, filha {N} ligou com certidão, {IDC}, quer cancelar linha",
    "bagagem extraviada em {AP}, passageira {N}, PIR {ORD}, contato {P}",
    "débito direto na conta {IBAN} recusado, titular {N}, ver com {TEAM}",
    "Sr. {F} liga pela 4ª vez, quer falar com supervisor, muito irritado, {IDC}",
    "sócio {MEM} {N} reclama milhas não creditadas do voo {FL}",
    "{N} via whats: reembolso de {AMT} ainda não caiu, prazo 7 dias úteis, expliquei",
    "data de nascimento {DOB}, dependente {N2}, confirmados. cliente {G} liberado",
    "{G} pediu para trocar o email de {E} para {E2}",
    "valeu {A}! o caso da {G} resolvido, ela agradeceu",
    "cx diz que o filho {G} comprou no {B} sem autorização, {AMT}, aberto contestação",
    "transferência para o IBAN {IBAN} devolvida, nome do titular não confere: {N}",
]

NOPII_ES = [
    "cx llama x factura de {MON}, se le explica prorrateo del {PLAN}, ok",
    "caída masiva {B} en {CITY} desde las {HR}, ticket maestro abierto, no escalar individuales",
    "recordatorio: el {DAY} cambia el script de retención, ver en {SYS}",
    "vuelo {FL} {AP}-{AP2} retrasado {NUM}h, ofrecer vale de {AMT} a todos los pasajeros",
    "cust pregunta por el {MOD} en {B}, sin stock hasta {MON}, se ofrece {MOD2}",
    "pls revisar cola de {TEAM}, hay {NUM} casos sin asignar desde el {DAY}",
    "refund aplicado {AMT}, se verá reflejado en 5-10 días hábiles, cx conforme",
    "promo {PLAN} termina el {DNUM} de {MON}, no ofrecer después",
    "fyi {SYS} lento otra vez, tickets se guardan con error 504, avisado a IT",
    "cliente no quiere dar datos, no se puede validar, que llame el titular",
    "pedido llegó incompleto, faltan {NUM} unidades de {MOD}, se abre incidencia con {B}",
    "n/a - llamada cortada antes de saludar, sin datos del cx",
    "cx quiere cancelar {PLAN} por precio, ofrecí {AMT} de dto x 6 meses, acepta",
    "lol el cliente pensaba que el router era el decodificador, reiniciado y ok",
    "tmrw turno de mañana en {TEAM}, {NUM} personas, cubrir pausas de las {HR}",
    "consulta de saldo {B}, se deriva a {APP}, cx no sabe usarla, se guía paso a paso",
    "overbooking en {FL}, pasajeros reubicados en el vuelo de las {HR} vía {AP}",
    "devolución en tienda {B} de {CITY} no aceptada, cx molesto, escalado a {TEAM}",
    "r/o cobro de roaming en {CITY}, tarifa {PLAN} no incluye datos fuera de la UE",
    "chargeback ganado, {AMT} devueltos, cerrar caso en {SYS} b4 el {DAY}",
    "no hay cobertura 5G en {CITY} todavía, prevista para {MON}, cx avisado",
    "pago con {B} rechazado x límite diario, sugerir {B2} o transferencia",
]

NOPII_PT = [
    "cliente ligou sobre a fatura de {MON}, expliquei o pro rata do {PLAN}, ok",
    "queda geral {B} em {CITY} desde as {HR}, chamado pai aberto, não escalar",
    "voo {FL} {AP}-{AP2} cancelado, oferecer voucher de {AMT} e hotel",
    "cx perguntou do {MOD} na {B}, sem estoque até {MON}, ofereci {MOD2}",
    "fila do {TEAM} com {NUM} casos parados desde {DAY}, pls alguém pega",
    "estorno de {AMT} feito, cai em até 2 faturas, cliente ok",
    "promoção {PLAN} vale até {DNUM} de {MON}, depois volta preço cheio",
    "{SYS} fora do ar de novo, registrar tudo na planilha até voltar",
    "pedido veio faltando {NUM} itens do {MOD}, aberta reclamação com {B}",
    "ligação caiu antes de identificar o cliente, n/a",
    "cx quer cancelar {PLAN}, ofereci {AMT} de desconto por 6 meses, aceitou",
    "kkk cliente achou que o modem era o decodificador, reiniciado e ok",
    "amanhã turno da manhã no {TEAM}, {NUM} pessoas, pausas às {HR}",
    "pix não cai, instabilidade no {B}, orientar cliente a aguardar 30 min",
    "roaming em {CITY} cobrado, plano {PLAN} não inclui dados fora da UE",
    "chargeback ganho, {AMT} devolvidos, fechar caso no {SYS} antes de {DAY}",
]

PII_ES += [
    "NOMBRE: {SG} | {IDC} | TEL: {P} | MOTIVO: baja por precio",
    "hablé con {G} ({P}), confirma que la compra en {B} sí es suya, se desbloquea",
    "cust {N} wants refund, pedido {ORD}, el {MOD} llegó roto. fotos x mail a {E}",
    "de parte de {A}: el cx {N} tiene deuda de {AMT}, ofrecer plan de pagos",
    "cx {N}, {IDC}, vive en {ADR}, {CITY}, cp {CP}, pide técnico el {DAY}",
    "login de {H} desde ip {IP} en {CITY}, cx dice que no fue él",
    "tarjeta {C} clonada según cx {G}, movimientos raros en {CITY}, bloqueo y denuncia",
    "chat con {G} por {APP}, pide factura a nombre de su empresa, {IDC}",
    "{N} (f. nac {DOB}) quiere tarjeta adicional para {N2}, familiar directo",
    "cambio de nombre en reserva {ORD}: de {N} a {N2}, se cobra {AMT}",
    "cx {G} dice que ya mandó el comprobante a soporte desde {E} hace 3 días",
    "el señor {F} pide que lo llamen al {P} después de las {HR}",
    "reserva {ORD} a nombre de {SG}, nac. {DOB}, pide asistencia silla de ruedas en {AP}",
]

PII_PT += [
    "NOME: {SG} | {IDC} | TEL: {P} | MOTIVO: cancelamento",
    "falei com {G} ({P}), confirmou a compra na {B}, cartão desbloqueado",
    "cx {N} quer refund do pedido {ORD}, o {MOD} chegou quebrado, mandou fotos do {E}",
    "cliente {N}, {IDC}, mora na {ADR}, {CITY}, CEP {CP}, pede visita técnica",
    "acesso do usuário {H} pelo IP {IP}, cx nega ter sido ele",
    "cartão {C} clonado segundo {G}, compras estranhas em {CITY}, bloqueio feito",
    "{N} (data de nasc. {DOB}) quer cartão adicional para {N2}, dependente",
    "troca de nome na reserva {ORD}: de {N} para {N2}, taxa de {AMT}",
    "a senhora {F} pediu retorno no {P} depois das {HR}",
    "dona {G} não consegue entrar no {APP}, {IDC}, senha resetada",
    "reserva {ORD} em nome de {SG}, nascido em {DOB}, pede assistência no {AP}",
]

NOPII_ES += [
    "cx pregunta si {B} acepta pago en cuotas sin interés, sí hasta 12 meses",
    "se reinicia ONT, luces ok, test de velocidad 580Mb, cx conforme",
    "escalado a {TEAM} x demora, SLA vence el {DAY} a las {HR}",
    "cliente pide atención en inglés, se transfiere a la cola EN",
    "abt el envío: {B} con retrasos en {CITY} por huelga, ETA {DNUM} de {MON}",
    "check-in online no funciona para vuelos a {AP}, workaround: hacerlo en mostrador",
    "Black Friday: {NUM} pedidos duplicados en {SYS}, no cancelar a mano, esperar script",
    "cambio de plan a {PLAN} efectivo desde el próximo ciclo, sin penalización",
    "ticket reabierto x cx, el {MOD} sigue sin encender, RMA autorizado",
    "recarga de {AMT} por {B} no impactó, reintentar en 24h",
    "cuota de {MON} cobrada dos veces, ajuste de {AMT} aplicado, nota en {SYS}",
    "temporal en {CITY}, vuelos de la tarde a {AP} suspendidos, rebooking sin costo",
]

NOPII_PT += [
    "cliente quer parcelar em {NUM}x sem juros na {B}, só até 10x",
    "ONT reiniciada, luz PON ok, teste deu 480Mb, cliente ok",
    "escalado p/ {TEAM}, SLA vence {DAY} às {HR}",
    "atraso nas entregas {B} em {CITY} por greve, previsão {DNUM} de {MON}",
    "check-in online fora para voos de {AP}, orientar fazer no balcão",
    "Black Friday: {NUM} pedidos duplicados no {SYS}, não cancelar na mão",
    "troca de plano para {PLAN} vale a partir do próximo ciclo, sem multa",
    "ticket reaberto, o {MOD} continua sem ligar, RMA aprovado",
    "recarga de {AMT} via {B} não entrou, tentar de novo em 24h",
    "boleto de {MON} pago em duplicidade, crédito de {AMT} na próxima fatura",
    "tá rolando lentidão no {APP}, vários cx reclamando, avisei o {TEAM}",
    "cx pediu atendimento em espanhol, transferido para a fila ES",
]


# ----------------------------------------------------------------- engine
CULTURES_BY_COUNTRY = {
    "ES": ("castilian", "castilian", "catalan", "basque", "galician"),
    "MX": ("mexican", "mexican", "mexican", "castilian"),
    "CO": ("colombian", "colombian", "colombian", "castilian"),
    "AR": ("argentine", "argentine", "argentine", "castilian"),
    "CL": ("chilean", "chilean", "chilean", "castilian"),
    "PE": ("peruvian", "peruvian", "peruvian", "castilian"),
    "BR": ("brazilian", "brazilian", "brazilian", "portuguese"),
    "PT": ("portuguese", "portuguese", "capeverdean"),
}
COUNTRIES = ("ES", "ES", "MX", "MX", "CO", "AR", "CL", "PE", "BR", "BR", "BR", "PT", "PT")


def _person(r, country):
    culture = r.choice(CULTURES_BY_COUNTRY[country])
    given_pool, fam_pool, _ = POOLS[culture]
    given = r.choice(given_pool)
    fam1 = r.choice(fam_pool)
    fam2 = r.choice(fam_pool)
    while fam2 == fam1:
        fam2 = r.choice(fam_pool)
    pt = country in ("BR", "PT")
    x = r.random()
    if culture == "catalan" and x < 0.15:
        fam = f"{fam1} i {fam2}"
    elif x < 0.45:
        fam = f"{fam1} {fam2}"
    elif x < 0.55:
        fam = f"{fam1} {'e' if pt else 'y'} {fam2}"
    elif x < 0.68:
        part = r.choice(("da", "dos", "de", "do") if pt else ("de", "del", "de la"))
        fam = f"{part} {fam1}" if r.random() < 0.5 else f"{fam1} {part} {fam2}"
        fam2 = fam2 if fam.endswith(fam2) else None
    else:
        fam = fam1
        fam2 = None
    return {"given": given, "fam1": fam1, "fam2": fam2, "fam": fam, "full": f"{given} {fam}",
            "culture": culture}


def _mem(r):
    return r.choice([f"{r.choice(['IB', 'AV', 'LA', 'TP', 'AM'])}{_digits(r, 8)}", _digits(r, 9),
                     f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 2)}", f"PL-{_digits(r, 7)}"])


def _slot(r, name, ctx):
    c, p = ctx["country"], ctx["person"]
    if name == "N":
        return [(p["full"], "name")]
    if name == "N2":
        return [(ctx["person2"]["full"], "name")]
    if name == "G":
        return [(p["given"], "name")]
    if name == "F":
        return [(p["fam"], "name")]
    if name == "SG":
        return [(p["fam"].upper(), "name"), (", ", "o"), (p["given"], "name")]
    if name == "A":
        return [(ctx["agent"]["given"], "name")]
    if name == "E":
        return [(_email(r, c, p), "email")]
    if name == "E2":
        return [(_email(r, c, p), "email")]
    if name == "P":
        return [(_phone(r, c), "phone")]
    if name == "C":
        return [(_card(r), "card")]
    if name == "IDC":
        cue, v = _national_id(r, c, p)
        sep = r.choice([" ", ": ", " ", " nº "]) if not cue.endswith("o") else " "
        return [(cue + sep, "o"), (v, "id")]
    if name == "MEM":
        return [(_mem(r), "id")]
    if name == "ORD":
        return [(_order(r), "id")]
    if name == "H":
        return [(_handle(r, p), "id")]
    if name == "ADR":
        return [(_address(r, c), "address")]
    if name == "CP":
        return [(_postcode(r, c), "postcode")]
    if name == "IP":
        return [(_ip(r), "ip")]
    if name == "URL":
        return [(_url(r, p), "url")]
    if name == "IBAN":
        return [(_iban(r, c if c in ("ES", "PT") else r.choice(("ES", "PT"))), "iban")]
    if name == "DOB":
        return [(_dob(r, c), "dob")]
    if name == "CITY":
        return [(r.choice(CITIES[c]), "~")]
    pt = c in ("BR", "PT")
    if name in ("B", "B2"):
        return [(r.choice(BRANDS[c]), "o")]
    if name == "APP":
        return [(r.choice(APPS), "o")]
    if name == "SYS":
        return [(r.choice(SYSTEMS), "o")]
    if name == "PLAN":
        return [(r.choice(PLANS), "o")]
    if name in ("MOD", "MOD2"):
        return [(r.choice(MODELS), "o")]
    if name == "TEAM":
        return [(r.choice(TEAMS_PT if pt else TEAMS_ES), "o")]
    if name == "DAY":
        return [(r.choice(DAYS_PT if pt else DAYS_ES), "o")]
    if name == "MON":
        return [(r.choice(MONTHS_PT if pt else MONTHS_ES), "o")]
    if name == "AMT":
        cur = CURRENCY[c]
        v = r.choice([f"{r.randrange(5, 400)},{r.randrange(100):02d}", str(r.randrange(10, 2500)),
                      f"{r.randrange(1, 90)}.{r.randrange(1000):03d}"])
        return [(r.choice([f"{v} {cur}", f"{cur}{v}", f"{cur} {v}"]) if cur != "€" else r.choice([f"{v}€", f"{v} €", f"{v} eur"]), "o")]
    if name == "HR":
        return [(r.choice([f"{r.randrange(6, 23)}:{r.choice(['00', '15', '30', '45'])}", f"{r.randrange(6, 23)}h",
                           f"{r.randrange(1, 12)}pm"]), "o")]
    if name == "DNUM":
        return [(str(r.randrange(1, 29)), "o")]
    if name == "BPLAN":
        return [(r.choice(BANK_PLANS), "o")]
    if name == "NUM":
        return [(str(r.randrange(2, 48)), "o")]
    if name == "FL":
        return [(f"{r.choice(AIRLINE_CODES)}{r.randrange(100, 9999)}", "o")]
    if name in ("AP", "AP2"):
        return [(r.choice(AIRPORTS), "o")]
    raise KeyError(name)


_SLOT_RE = re.compile(r"\{([A-Z0-9]+)\}")
_WORD_RE = re.compile(r"[A-Za-zÀ-ÿ]{5,}")


def _typo(r, text):
    words = list(_WORD_RE.finditer(text))
    if not words:
        return text
    m = r.choice(words)
    w = m.group(0)
    i = r.randrange(1, len(w) - 1)
    kind = r.random()
    if kind < 0.4:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif kind < 0.7:
        w2 = w[:i] + w[i + 1:]
    else:
        w2 = w[:i] + w[i] + w[i:]
    return text[:m.start()] + w2 + text[m.end():]


def _merge(parts):
    out = []
    for t, lab in parts:
        if not t:
            continue
        if out and lab == "o" and out[-1][1] == "o":
            out[-1] = (out[-1][0] + t, "o")
        else:
            out.append((t, lab))
    return out


def _name_words(text):
    return [w for w in re.split(r"[\s\-'’.,]+", _fold(text)) if w]


def _render(r, tpl, ctx):
    parts, pos = [], 0
    for m in _SLOT_RE.finditer(tpl):
        parts.append((tpl[pos:m.start()], "o"))
        parts.extend(_slot(r, m.group(1), ctx))
        pos = m.end()
    parts.append((tpl[pos:], "o"))
    return parts


def _note(r):
    country = r.choice(COUNTRIES)
    pt = country in ("BR", "PT")
    ctx = {"country": country, "person": _person(r, country), "person2": _person(r, country),
           "agent": _person(r, country)}
    if r.random() < 0.505:
        tpl = r.choice(NOPII_PT if pt else NOPII_ES)
    else:
        tpl = r.choice(PII_PT if pt else PII_ES)
    parts = _render(r, tpl, ctx)
    if tpl not in NOPII_ES and tpl not in NOPII_PT and r.random() < 0.08:
        parts += [(r.choice([" -", " // ", " | ", " - ag. ", " /"]), "o"), (ctx["agent"]["given"], "name")]
    if r.random() < 0.12:
        idx = [i for i, (t, lab) in enumerate(parts) if lab == "o" and _WORD_RE.search(t)]
        if idx:
            i = r.choice(idx)
            parts[i] = (_typo(r, parts[i][0]), "o")
    x = r.random()
    if x < 0.36:
        parts = [(t.lower(), lab) for t, lab in parts]
    elif x < 0.45:
        parts = [(t.upper() if lab == "name" else t, lab) for t, lab in parts]
    elif x < 0.50:
        parts = [(t[:1].upper() + t[1:], lab) if i == 0 else (t, lab) for i, (t, lab) in enumerate(parts)]
    return _merge(parts)


def blind_notes(listed: frozenset[str]) -> list[list[tuple[str, str]]]:
    r = random.Random(SEED)
    folded = {_fold(w) for w in listed}
    notes, seen = [], set()
    attempts = 0
    while len(notes) < N_NOTES:
        attempts += 1
        if attempts > N_NOTES * 200:
            raise RuntimeError("could not generate enough notes")
        parts = _note(r)
        text = "".join(t for t, _ in parts)
        if text in seen or "\n" in text or not 5 <= len(text.split()) <= 45:
            continue
        if any(lab == "name" and any(w in folded for w in _name_words(t)) for t, lab in parts):
            continue
        seen.add(text)
        notes.append(parts)
    return notes


# ----------------------------------------------------------------- self-check
def _selfcheck():
    from collections import Counter
    sample_listed = frozenset({"maria", "jose", "juan", "john", "smith", "garcia", "silva", "santos",
                               "lopez", "martinez", "fernandez", "ana", "carlos", "pedro", "costa"})
    for listed in (frozenset(), sample_listed):
        a = blind_notes(listed)
        b = blind_notes(listed)
        assert a == b, "not deterministic"
        assert len(a) == N_NOTES
        texts = ["".join(t for t, _ in n) for n in a]
        assert len(set(texts)) == N_NOTES, "duplicate texts"
        for note, text in zip(a, texts):
            assert note, "empty note"
            assert "\n" not in text and 5 <= len(text.split()) <= 45, text
            for i, (t, lab) in enumerate(note):
                assert lab in LABELS, lab
                assert t, "empty part"
                if lab != "o":
                    assert t == t.strip(), (t, lab)
                if i and lab == "o":
                    assert note[i - 1][1] != "o", "unmerged o"
                if lab == "name":
                    assert not any(w in {_fold(x) for x in listed} for w in _name_words(t)), t
    notes = blind_notes(frozenset())
    texts = ["".join(t for t, _ in n) for n in notes]
    counts = Counter(lab for n in notes for _, lab in n)
    lower = sum(1 for t in texts if t == t.lower()) / len(texts)
    nopii = sum(1 for n in notes if all(lab in ("o", "~") for _, lab in n)) / len(notes)
    upper_names = sum(1 for n in notes if any(lab == "name" and t == t.upper() and not t.startswith(t.split()[0].upper() + ",") for t, lab in n)) / len(notes)
    print("templates: pii", len(PII_ES) + len(PII_PT), "no-pii", len(NOPII_ES) + len(NOPII_PT))
    for k, (g, f, _) in POOLS.items():
        assert len(set(g)) >= 40 and len(set(f)) >= 40, (k, len(set(g)), len(set(f)))
    print("label counts:", dict(sorted(counts.items())))
    print(f"lower-case share: {lower:.3f}  no-PII share: {nopii:.3f}  upper-name share: {upper_names:.3f}")
    assert lower >= 0.30 and 0.38 <= nopii <= 0.52
    assert len(PII_ES) + len(PII_PT) >= 60 and len(NOPII_ES) + len(NOPII_PT) >= 35
    r = random.Random(1)
    for n in r.sample(notes, 12):
        print(" ", "".join(t for t, _ in n))
        print("    ", [(t, lab) for t, lab in n if lab != "o"])


if __name__ == "__main__":
    _selfcheck()
