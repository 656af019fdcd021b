"""Blind evaluation set "aj": UK & Ireland energy / water / broadband / council-tax
desks, very messy chat style, voice-to-text slips, heavy abbreviation.

Standard library only. Each note is a list of (text, label) parts.
"""
import random
import re
import unicodedata

SEED = 4127731
N_NOTES = 1000
LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")


def _p(s):
    return [w.replace("_", " ") for w in s.split()]


# ---------------------------------------------------------------- name pools
# (given, family, family_first)
POOLS = {
    "irish": (_p("Caoimhe Oisín Saoirse Tadhg Ruairí Aoibheann Dearbhla Fiachra Cillian Éabha "
                 "Clodagh Gráinne Donncha Pádraig Síle Bríd Eoghan Cathal Orlaith Ailbhe Sadhbh "
                 "Muireann Caoilfhionn Lorcán Ciarán Darragh Fionnuala Rónán Tomás Seosamh Máire "
                 "Nóirín Peadar Colm Déaglán Eimear Aisling Róisín Cormac Enda Fergal Sorcha Niamh"),
              _p("Ó_Súilleabháin Mac_Giolla_Phádraig Ní_Bhriain Ó_Ceallaigh Ní_Dhomhnaill "
                 "Mac_Suibhne Ó_Donnchadha Ní_Mhurchú Ó_Briain Mac_Carthaigh Breathnach "
                 "Ó_Flaithearta Ó_Conghaile Mac_an_tSaoi de_Búrca Ní_Chonaill Ó_Riain Ó_Dálaigh "
                 "Mac_Aodha Ní_Fhaoláin Ó_Laoire Ó_Cinnéide Ó_Murchú MacNamara Ó_hUiginn "
                 "Ní_Ghallchóir Ó_Gallchobhair Moriarty Ó_Tuathail Ó_Máille Mac_Fhlannchadha "
                 "Ní_Shé Ó_Duibhir Ó_Mathúna Ó_Coileáin Mulcahy Kinsella O'Dwyer Ní_Bhraonáin "
                 "Mac_Conmara Ó_Sé Ní_Loingsigh"), False),
    "scottish": (_p("Eilidh Morag Ailsa Iona Catriona Kirsty Mhairi Isla Seonaid Fiona Hamish Angus "
                    "Euan Callum Lachlan Ruaridh Fraser Murdo Alasdair Struan Innes Calum Torquil "
                    "Fergus Gregor Ewan Finlay Kenzie Morven Shona Rhona Elspeth Ishbel Kenna Lorne "
                    "Dougal Hector Seumas Iain Ruairidh Jessamine Marsaili"),
                 _p("MacLeod MacKinnon Grieve Urquhart Menzies Dalgleish Laidlaw Cruickshank "
                    "Farquharson MacAulay Sutherland Buchanan Drummond Lamont MacIver Baird Gillies "
                    "Strachan Ogilvie Pirie Rennie Souter Tolmie MacPhail MacRae Munro Nicolson "
                    "Matheson Mackie Crombie Imrie Lumsden Bain Geddes Chisholm Fairbairn Dunbar "
                    "Sinclair Mackintosh Gillespie"), False),
    "welsh": (_p("Gwenllian Angharad Eleri Ffion Nia Seren Cerys Bethan Catrin Heledd Lowri Mared "
                 "Non Rhiannon Sioned Eirlys Glenys Myfanwy Elin Mali Dafydd Gethin Iwan Rhodri "
                 "Emyr Huw Ieuan Llŷr Owain Tudur Aled Cai Gruffudd Meilyr Rhys Steffan Osian "
                 "Macsen Dyfan Geraint Carwyn"),
              _p("ap_Gwilym Llewellyn Pritchard Prosser Bevan Gittins Vaughan Meredith Parry Pugh "
                 "Bowen Howells Rees Probert ab_Iorwerth Humphreys Eynon Cadwaladr Madoc Bellis "
                 "Gwyn Trefor Wyn Maddox Beddoe Penry Rowlands Hopkin Jenkin Gwilliam Prydderch "
                 "Tudor Llwyd Griffiths Morgan Powell Watkins Lloyd-Jones Meurig Ifans Dafis"), False),
    "cornish": (_p("Demelza Morwenna Jenna Tamsin Kerensa Lowenna Elowen Wenna Tressa Senara "
                   "Bryok Jago Pasco Piran Kitto Perran Cadan Denzil Santo Hedra Loveday Morvoren "
                   "Ruan Mawgan Conan Tomos Kensa Delen Lowen Gwen Jory Petroc Locryn Cador "
                   "Tristan Merryn Keverne Wella Jenifer Ebrel"),
                _p("Tremayne Trevithick Pascoe Polglase Pengelly Penhaligon Nancarrow Trewin "
                   "Chegwidden Angove Carlyon Trebilcock Hocking Tonkin Rosewarne Curnow "
                   "Pendarves Polkinghorne Treloar Bolitho Nankervis Trerise Penna Dunstan "
                   "Eathorne Retallack Tregenza Opie Couch Gilbart Vosper Clemo Jewell Pearce "
                   "Tregear Trethewey Penhale Rodda Roskilly Trudgeon Jory"), False),
    "northern": (_p("Kelsey Chantelle Jodie Kayleigh Stacey Lindsay Maureen Brenda Denise Carol "
                    "Gary Darren Wayne Dean Craig Shaun Kyle Brad Nathan Aidan Keeley Demi Leanne "
                    "Tracey Sharon Ashleigh Bernard Wilfred Cyril Doris Edna Mavis Barry Terence "
                    "Harold Elsie Reece Jayden Tayla Shannon Mandy"),
                 _p("Ackroyd Sutcliffe Hebblethwaite Oldroyd Greenwood Brearley Haigh Illingworth "
                    "Crabtree Wainwright Butterworth Pickles Holroyd Entwistle Ramsbottom "
                    "Heseltine Thwaites Ogden Stansfield Barraclough Blakey Gaukroger Hepworth "
                    "Horsfall Lumb Micklethwaite Ormerod Priestley Rushworth Schofield Tattersall "
                    "Whiteley Wolstenholme Dewhurst Duckworth Fothergill Hardcastle Kershaw "
                    "Nuttall Postlethwaite Sugden Boothroyd"), False),
    "pakistani": (_p("Ayesha Zainab Saima Nadia Rukhsana Shazia Farzana Nasreen Bushra Samina Asma "
                     "Sadia Hina Mehwish Iqra Amina Anum Sana Rabia Humaira Imran Tariq Asif "
                     "Zubair Shahid Usman Bilal Hamza Adeel Kashif Naveed Waqas Zeeshan Faisal "
                     "Junaid Sajid Rizwan Arshad Tahir Yasir Mudassar Ghazala"),
                  _p("Hussain Akhtar Mahmood Iqbal Bashir Rashid Qureshi Chaudhry Butt Malik Raza "
                     "Shafiq Sadiq Mirza Anwar Javed Aslam Nawaz Siddiqui Abbasi Bhatti Rehman "
                     "Zaman Kayani Gondal Janjua Hanif Latif Majeed Saleem Yousaf Sheikh Rafiq "
                     "Naz Kauser Shabbir Nazir Arif Ghani Mughal Awan Minhas"), False),
    "bangladeshi": (_p("Rahima Nazma Shahana Rupa Taslima Lipi Momtaz Ruksana Shuma Jesmin Farhana "
                       "Tahmina Sumaiya Mahmuda Rokeya Nasima Khadija Afroza Shamima Mumtahina "
                       "Shahidul Mizanur Habibur Anwarul Rafiqul Jamal Shofiqul Abul Kamrul Mahbub "
                       "Tanvir Sohel Jahangir Nurul Rubel Ashraful Monir Saiful Rezaul Mujibur "
                       "Shipon Fahmida"),
                    _p("Miah Begum Uddin Chowdhury Rahman Islam Hoque Alam Khatun Mia Ullah Sarkar "
                       "Talukder Bhuiyan Molla Sikder Hossain Kabir Karim Mollah Haque Mazumder "
                       "Akter Pramanik Shikder Munshi Bepari Howlader Dewan Khondokar Mahmud "
                       "Laskor Choudhury Majumder Akand Matin Jalal Ali Noor Khanom"), False),
    "indian": (_p("Hetal Bhavna Nayna Hema Jayshree Kalpana Minal Dipti Falguni Trupti Rupal "
                  "Komal Hitesh Jignesh Kalpesh Mehul Nilesh Paresh Rakesh Jayesh Ketan Bhavesh "
                  "Dhiren Pankaj Gurpreet Harpreet Jaspreet Manpreet Simran Kuldeep Rajvinder "
                  "Balwinder Sukhwinder Parminder Navjot Harjit Amrik Jaswant Gurdeep Baljit "
                  "Kiranjit Hardeep"),
               _p("Patel Shah Mistry Parmar Solanki Chauhan Joshi Desai Lad Thakkar Vaghela Modi "
                  "Pandya Gohil Makwana Chavda Dholakia Kotecha Lakhani Ruparelia Sandhu Gill "
                  "Dhillon Sidhu Bains Grewal Johal Sahota Bassi Virdi Kandola Atwal Sanghera "
                  "Dosanjh Bhogal Rai Mann Khera Hundal Pabla Kaur Singh"), False),
    "westafrican": (_p("Chiamaka Ngozi Adaeze Folake Funmilayo Yetunde Bukola Temitope Oluwaseun "
                       "Chinonso Nneka Ifeoma Abimbola Efua Akosua Abena Ama Adwoa Afia Esi Yaa "
                       "Chukwuemeka Oluwadamilare Babatunde Olumide Tunde Ikenna Obinna Chidi "
                       "Emeka Femi Segun Kwame Kofi Kwabena Yaw Kwaku Kojo Nana Kwesi Fiifi"),
                    _p("Adeyemi Okafor Okonkwo Adebayo Olaniyan Oyelaran Nwachukwu Eze Obi "
                       "Ogunleye Akinola Ibekwe Onyekachi Adewale Balogun Oladipo Ogundipe Uche "
                       "Chukwu Babalola Mensah Asante Owusu Boateng Osei Appiah Agyeman Darko "
                       "Ofori Amoah Acheampong Ansah Quaye Addo Tetteh Opoku Gyamfi Antwi "
                       "Sarpong Frimpong Oduya"), False),
    "jamaican": (_p("Marcia Paulette Beverley Claudette Sonia Hyacinth Merline Icilda Delroy "
                    "Winston Errol Clive Leroy Everton Fitzroy Desmond Neville Carlton Junior "
                    "Tyrone Jermaine Shanice Tanisha Keisha Latoya Kemar Odane Shevon Roshane "
                    "Dwayne Nadine Yolanda Sherece Shenelle Jevaughn Rushane Tashana Marlon "
                    "Lascelles Donovan"),
                 _p("McKenzie Grant Bailey Reid Gayle Clarke Morrison Francis Lindo Hylton "
                    "Beckford Blackwood Facey Gordon Levy Nembhard Plummer Samuels Spence Walters "
                    "Whyte Wynter Dacres Ebanks Gooden Hinds Jarrett McFarlane Ricketts Salmon "
                    "Sewell Tulloch Bogle Lewinson Maragh Brissett Chambers Dixon Thompson-Reid "
                    "Anglin"), False),
    "polish": (_p("Agnieszka Małgorzata Katarzyna Magdalena Joanna Grażyna Bożena Dorota Ewelina "
                  "Justyna Paulina Zofia Wiktoria Aleksandra Beata Halina Jadwiga Kinga Marta "
                  "Urszula Łukasz Krzysztof Tomasz Paweł Grzegorz Wojciech Bartłomiej Przemysław "
                  "Mariusz Dariusz Jarosław Zbigniew Kamil Marcin Jakub Piotr Michał Rafał "
                  "Sławomir Szymon"),
               _p("Kowalczyk Wiśniewski Wójcik Kamińska Lewandowski Zieliński Szymańska Woźniak "
                  "Dąbrowski Kozłowska Jankowski Mazur Krawczyk Piotrowski Grabowska Nowakowski "
                  "Pawłowska Michalski Nowicka Adamczyk Dudek Zając Wieczorek Jabłoński Król "
                  "Majewska Olszewski Jaworska Malinowski Pawlak Witkowska Walczak Stępień "
                  "Górecki Rutkowski Michalak Sikora Ostrowska Baran Duda"), False),
    "romanian": (_p("Ioana Andreea Mihaela Elena Alina Roxana Cristina Gabriela Loredana Raluca "
                    "Oana Simona Corina Daniela Irina Bianca Florentina Larisa Ramona Camelia "
                    "Ionuț Bogdan Mihai Florin Cătălin Răzvan Sorin Marius Adrian Vasile "
                    "Gheorghe Constantin Ovidiu Cosmin Dragoș Lucian Viorel Costel Petru Tudor"),
                 _p("Popescu Ionescu Dumitrescu Stan Stoica Gheorghiu Munteanu Constantinescu "
                    "Marin Tudorache Niculescu Dobre Barbu Nistor Florea Ene Dinu Moldovan Lungu "
                    "Cojocaru Rusu Ursu Mocanu Ciobanu Tănase Bălan Crăciun Mihăilă Preda Voicu "
                    "Zamfir Oprea Manole Sârbu Pîrvu Enache Vlad Iordache Toma Dragomir"), False),
    "lithuanian": (_p("Aušra Rūta Jurgita Vilma Ieva Eglė Rasa Laima Giedrė Daiva Indrė Gintarė "
                      "Kristina Jolanta Inga Lina Asta Simona Austėja Greta Mindaugas Tomas Darius "
                      "Vytautas Giedrius Audrius Arūnas Saulius Rimantas Gediminas Andrius Marius "
                      "Paulius Justinas Donatas Žygimantas Aurimas Kęstutis Evaldas Deividas"),
                   _p("Kazlauskas Jankauskienė Petrauskas Stankevičius Vasiliauskaitė Žukauskas "
                      "Butkus Paulauskienė Urbonas Kavaliauskas Baranauskas Navickas Ramanauskas "
                      "Sakalauskas Rimkus Mikalauskaitė Šimkus Vaitkus Žilinskas Jonaitis Grigas "
                      "Lukoševičius Bagdonas Adomaitis Kairys Budrys Rutkauskas Marcinkevičius "
                      "Dambrauskas Vaičiulis Tamošiūnas Jasaitis Gudaitis Mockus Klimas Savickas "
                      "Norkus Morkūnas Balčiūnas Kuzmickas"), False),
    "portuguese": (_p("Inês Joana Mariana Beatriz Catarina Filipa Rita Sofia Leonor Matilde Teresa "
                      "Conceição Graça Fátima Lurdes Rosário Sónia Patrícia Vânia Cátia João Tiago "
                      "Gonçalo Rui Nuno Duarte Afonso Vasco Rodrigo Diogo Bruno Sérgio Hélder "
                      "Joaquim Manuel Fernando Luís Vítor Ricardo Henrique"),
                   _p("Ferreira Pereira Rodrigues Gonçalves Martins Sousa Fernandes Lopes Marques "
                      "Alves Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares "
                      "Vieira Monteiro Cardoso Rocha Raposo Neves Coelho Cunha Pires Ramos Simões "
                      "Antunes Matos Fonseca Morais Magalhães Brandão Figueiredo Quintela "
                      "da_Silva dos_Santos de_Oliveira"), False),
    "brazilian": (_p("Thaís Larissa Juliana Fernanda Camila Letícia Bruna Gabriela Aline Daiane "
                     "Jéssica Raíssa Tatiane Priscila Luana Rayane Kauane Vitória Ana_Clara "
                     "Maria_Eduarda Thiago Lucas Matheus Gustavo Felipe Leandro Rafael Vinícius "
                     "Wesley Wellington Anderson Jefferson Cleiton Rodrigo Maicon Douglas Everton "
                     "Kauã Caio Renan"),
                  _p("da_Silva dos_Santos de_Oliveira de_Souza Lima Barbosa Araújo Nascimento "
                     "Carvalho Gomes Rocha Cavalcanti de_Almeida Batista Moura Castro Freitas "
                     "Campos Cardoso Dias Barros Ribeiro Medeiros Tavares Andrade Siqueira Pacheco "
                     "Bezerra Farias Rezende Queiroz Xavier Brito Macedo Leite Aguiar Guimarães "
                     "Peixoto Vasconcelos Sampaio"), False),
    "filipino": (_p("Maricel Rowena Marites Jocelyn Lorna Analyn Rhodora Josephine Marilou "
                    "Leonora Cristy Jhoanna Arlene Divina Erlinda Luzviminda Imelda Rosalinda "
                    "Charmaine Mylene Rodel Ramil Jericho Reynaldo Romeo Efren Danilo Rogelio "
                    "Arnel Jomar Mark_Anthony Jerome Ronaldo Edgardo Bong Renato Nestor Wilfredo "
                    "Rolando Jayson"),
                 _p("Dela_Cruz Santos Reyes Bautista Mendoza Villanueva Ramos Aquino Castillo "
                    "Manalo Macaraeg Dimaculangan Mangubat Pangilinan Tolentino Soriano Lacson "
                    "Magbanua Dizon Agbayani Sison Panganiban Buenaventura Catapang Evangelista "
                    "Ocampo Salazar Cabrera Navarro Gatchalian Macapagal Estrada Yap Quiambao "
                    "Dumalagan Labrador Banzon Pascual delos_Reyes Malabanan"), False),
    "hongkong": (_p("Ka_Wai Wing_Yan Chi_Ming Siu_Fung Hoi_Ling Ka_Ho Tsz_Kin Man_Yee Pui_Shan "
                    "Wai_Kit Kwok_Wing Suet_Ying Chun_Hei Lok_Yin Hiu_Tung Yan_Ting Cheuk_Lam "
                    "Sze_Wan Ho_Yin Ming_Fai Ka_Yan Tsz_Ching Hau_Yi Wai_Lun Kin_Wah Yuk_Ling "
                    "Mei_Ling Chi_Keung Wing_Hong Kam_Fai Pak_Hei Long_Yin Hoi_Yan Ching_Man "
                    "Kit_Ying Shun_Tak Yee_Man Sai_Kit Ka_Lok Lai_Ming"),
                 _p("Chan Wong Cheung Lau Leung Ho Ng Tsang Yeung Chow Kwok Tang Lam Fung Mak "
                    "Tse Yip Choi Lo Siu Tam Kwan Cheng Hui Poon Shek Sze Ma Tsui Au Chu Chiu "
                    "Yuen Man Ko Pang Lai Wan Szeto Fok"), True),
    "turkishcy": (_p("Ayşe Fatma Emine Hatice Zeynep Elif Derya Gülten Meral Nurten Sevgi Şule "
                     "Ülkü Filiz Hülya Nazlı Özlem Pınar Serap Tülin Mehmet Hüseyin Mustafa Hasan "
                     "Ahmet Osman Erol Kemal Ömer Selim Tarkan Ufuk Volkan Yusuf Halil Derviş "
                     "Ersin Gökhan Levent Serkan"),
                  _p("Yılmaz Özkan Ramadan Zihni Tahsin Raif Kaya Doğan Şahin Arslan Çelik Aydın "
                     "Öztürk Güler Kılıç Erdem Koç Kurt Aksoy Bulut Tekin Uysal Karaca Şen Eren "
                     "Akın Özdemir Çakır Tunç Ekinci Ünal Niyazi Salih Cemal Bekir Mustafa "
                     "Hüseyin Dervish Erbil Kibrisli"), False),
    "traveller": (_p("Bridget Winnie Kathleen Nora Mary_Ellen Tessie Biddy Chrissie Josie Ellen "
                     "Nellie Cathleen Anne_Marie Missie Bernadette Priscilla Sabrina Shauna "
                     "Geraldine Kitty Paddy Johnny Christy Mikey Willie Jimmy Francie Joe Pa "
                     "Bartley Simey Dinny Hughie Oliver Ned Miley Patsy Sonny Mossie Dan"),
                  _p("McDonagh Ward Joyce Maughan Stokes Connors McGinley Mongan Sweeney Delaney "
                     "Cash Collins McCarthy Reilly Donohue Keenan Purcell Doran Quilligan Gaffney "
                     "Cawley McInerney Dunne Nevin Carthy Casey Faulkner Hanafin Rooney Corcoran "
                     "Mahon Berry Clancy Furey Coffey Doherty O'Driscoll Lawrence Harty Mongans"), False),
}

# ---------------------------------------------------------------- keep-pools ("o")
ENERGY = _p("British_Gas EDF Octopus OVO E.ON_Next Scottish_Power SSE_Airtricity Electric_Ireland "
            "Bord_Gáis Energia Flogas Pinergy Yuno Community_Power Shell_Energy Utilita "
            "So_Energy Good_Energy Ecotricity Outfox NIE_Networks Power_NI ESB_Networks")
WATER = _p("Thames_Water Severn_Trent Yorkshire_Water Welsh_Water Dŵr_Cymru Uisce_Éireann "
           "Irish_Water United_Utilities Anglian_Water Scottish_Water NI_Water "
           "Northumbrian_Water South_West_Water Southern_Water Wessex_Water")
ISP = _p("BT Sky Virgin_Media TalkTalk Vodafone eir Plusnet Hyperoptic Openreach Pure_Telecom "
         "Digiweb Three Community_Fibre NOW_Broadband Siro Imagine Gigaclear EE "
         "Shell_Broadband National_Broadband_Ireland")
COUNCIL = _p("Leeds_City_Council Cardiff_Council Bradford_Council Tower_Hamlets "
             "Cornwall_Council Glasgow_City_Council Kirklees Rochdale_Borough Oldham_Council "
             "Fife_Council Gwynedd_Council Leicester_City_Council Luton_Borough")
APP = _p("WhatsApp Teams Salesforce Zendesk Genesys Five9 SAP_ISU Kraken Gentrack Hive "
         "Nest Loop Glow Bright the_app MyAccount Outlook Jira Confluence Slack "
         "ServiceNow Dynamics Citrix Avaya")
TEAM = _p("billing metering debt_team PSR_team vulnerable_cust_team complaints "
          "field_ops smart_team back_office tier_2 L2 retentions collections "
          "credit_control moves_team faults revs_and_bens council_tax_team "
          "leak_team network_ops escalations")
QUEUE = _p("BILL-L2 MTR-EXCPT DEBT-HOLD CT-REBATE FLT-OPENREACH COT-IN COT-OUT "
           "SMART-INSTALL LEAK-URG PSR-ADD WB-CHASE REFUND-QA NBI-ORDERS CTAX-SPD")
TARIFF = _p("Economy_7 Economy_10 Flexible_Octopus Agile Go Fix'd_12 Simpler_Energy "
            "Standard_Variable Nightsaver Smart_Saver EV_tariff Fixed_v47 Cosy "
            "Fibre_150 Fibre_500 Full_Fibre_900 Superfast_2 Broadband_Essentials "
            "Social_Tariff WaterSure Help_to_Pay")
DEVICE = _p("SMETS2 SMETS1 IHD Hub_2 Smart_Hub_2 Sky_Q Hub_3 Super_Router F5688w "
            "Vodafone_Pro_II Linksys_MR9600 Fritz!Box_7530 TP-Link_Archer_C6 "
            "Huawei_B535 Eero_6 Worcester_Bosch Combi_boiler PAYG_meter Keypad_meter "
            "Landis+Gyr_E470 Aclara_SGM1411 Secure_Liberty_100 Elster_A1140")
DAYS = _p("Monday Tuesday Wednesday Thursday Friday Saturday Sunday mon tues wed thurs fri sat sun")
MONTHS = _p("January February March April May June July August September October November "
            "December jan feb mar apr jun jul aug sept oct nov dec")
JARGON = _p("COT COS CoS DD D/D PAYG PPM ET objection read estimate MPAN MPRN "
            "NIC FTTP FTTC SOGEA ONT DSL LOS PPP WLR3 VOIP SPD arrears backbill "
            "Warm_Home_Discount WHD CTR CTRS SLA RTF RFT IVR ACW AHT CSAT NPS")
UK_TOWNS = _p("Leeds Bradford Halifax Huddersfield Rochdale Oldham Bolton Wigan Preston Burnley "
              "Blackburn Sunderland Gateshead Middlesbrough Cardiff Swansea Newport Wrexham "
              "Bangor Aberystwyth Truro Penzance Redruth Camborne St_Ives Falmouth Glasgow "
              "Dundee Inverness Aberdeen Paisley Stornoway Leicester Luton Slough Bethnal_Green "
              "Whitechapel Southall Wembley Peckham Brixton Belfast Derry Newry Lurgan")
IE_TOWNS = _p("Dublin Cork Galway Limerick Sligo Letterkenny Tralee Athlone Mullingar Ennis "
              "Dundalk Drogheda Navan Kilkenny Waterford Wexford Carlow Tullamore Castlebar "
              "Ballina Dingle Clonmel Swords Tallaght Blanchardstown Ballyfermot Finglas "
              "Clondalkin Gort Tuam Connemara Donegal Kerry Mayo")
REGIONS = _p("Yorkshire Lancashire Cornwall Gwynedd Fife the_Highlands Co._Cork Co._Clare "
             "Co._Meath Co._Galway Northern_Ireland Scotland Wales Ireland England the_North_East")


def _town(r, ie=None):
    if ie is None:
        ie = r.random() < 0.4
    return r.choice(IE_TOWNS if ie else UK_TOWNS)


# ---------------------------------------------------------------- PII generators
_L = "ABCDEFGHJKLMNPRSTUVWXY"
_UK_AREAS = ("LS BD HX HD OL BL WN PR BB SR NE TS CF SA NP LL SY TR G DD IV AB PA HS LE LU "
             "SL E UB HA SE SW BT M L S EH KY").split()
_EIR = ("D01 D02 D03 D06 D07 D08 D09 D11 D12 D15 D24 T12 T23 T56 H91 H65 V94 V92 F91 F92 "
        "R32 R93 N37 N91 A92 A96 C15 X91 Y35 E91 P31 K67 W23").split()
_EIR_CH = "ACDEFHKNPRTVWXY0123456789"


def uk_postcode(r):
    a = r.choice(_UK_AREAS)
    d = str(r.randint(1, 28)) if len(a) == 2 else str(r.randint(1, 20))
    if r.random() < 0.1 and len(a) == 1:
        d += r.choice("ABCEW")
    inward = str(r.randint(0, 9)) + r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")
    sep = " " if r.random() < 0.8 else ""
    return a + d + sep + inward


def eircode(r):
    tail = "".join(r.choice(_EIR_CH) for _ in range(4))
    if not tail[0].isalpha():
        tail = r.choice("ACDEFHKNPRTVWXY") + tail[1:]
    return r.choice(_EIR) + (" " if r.random() < 0.75 else "") + tail


def phone(r):
    k = r.randint(0, 9)
    if k == 0:
        return "07%d%02d %06d" % (r.randint(4, 9), r.randint(0, 99), r.randint(0, 999999))
    if k == 1:
        return "+44 7%d%02d %03d %03d" % (r.randint(4, 9), r.randint(0, 99), r.randint(0, 999), r.randint(0, 999))
    if k == 2:
        return "07%d%02d%06d" % (r.randint(4, 9), r.randint(0, 99), r.randint(0, 999999))
    if k == 3:
        return "08%d %03d %04d" % (r.choice([3, 5, 6, 7, 9]), r.randint(0, 999), r.randint(0, 9999))
    if k == 4:
        return "+353 8%d %03d %04d" % (r.choice([3, 5, 6, 7, 9]), r.randint(100, 999), r.randint(0, 9999))
    if k == 5:
        return "+3538%d%07d" % (r.choice([3, 5, 6, 7, 9]), r.randint(0, 9999999))
    if k == 6:
        a = r.choice(["0113", "0161", "0141", "0121", "029", "028", "01872", "01248", "01422"])
        if len(a) == 4:
            return a + " %03d %04d" % (r.randint(200, 999), r.randint(0, 9999))
        if len(a) == 3:
            return a + " %04d %04d" % (r.randint(2000, 9999), r.randint(0, 9999))
        return a + " %06d" % r.randint(200000, 999999)
    if k == 7:
        return r.choice(["01", "021", "091", "061", "071"]) + " %03d %04d" % (r.randint(200, 999), r.randint(0, 9999))
    if k == 8:
        return "0044 7%d%02d %06d" % (r.randint(4, 9), r.randint(0, 99), r.randint(0, 999999))
    return "087-%03d-%04d" % (r.randint(0, 999), r.randint(0, 9999))


def card(r):
    first = r.choice(["4", "5", "4", "37"])
    n = 15 if first == "37" else 16
    digits = first + "".join(str(r.randint(0, 9)) for _ in range(n - len(first)))
    if n == 15:
        return digits[:4] + " " + digits[4:10] + " " + digits[10:]
    sep = r.choice([" ", " ", "-", ""])
    return sep.join(digits[i:i + 4] for i in range(0, 16, 4))


def ni_number(r):
    s = r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
    d = "%06d" % r.randint(0, 999999)
    suf = r.choice("ABCD")
    if r.random() < 0.5:
        return s + " " + d[:2] + " " + d[2:4] + " " + d[4:] + " " + suf
    return s + d + suf


def pps(r):
    return "%07d%s%s" % (r.randint(0, 9999999), r.choice("ABCDEFGHJKLMNPQRSTVWX"), r.choice(["", "", "A", "W"]))


def mpan(r):
    if r.random() < 0.3:
        return "S 0%d 801 %03d %02d %04d %04d %03d" % (r.randint(1, 3), r.randint(0, 999), r.randint(10, 29), r.randint(0, 9999), r.randint(0, 9999), r.randint(0, 999))
    return "%02d%011d" % (r.randint(10, 23), r.randint(0, 99999999999))


def mprn(r):
    v = "10%09d" % r.randint(0, 999999999)
    return v if r.random() < 0.8 else v[:3] + " " + v[3:7] + " " + v[7:]


def sort_acct(r):
    return "%02d-%02d-%02d" % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 99)), "%08d" % r.randint(0, 99999999)


def acct_no(r):
    k = r.randint(0, 4)
    if k == 0:
        return "%010d" % r.randint(0, 9999999999)
    if k == 1:
        return "A-%08X" % r.randint(0, 0xFFFFFFFF)
    if k == 2:
        return "%d" % r.randint(100000000, 999999999)
    if k == 3:
        return "CT%08d" % r.randint(0, 99999999)
    return "9%011d" % r.randint(0, 99999999999)


def ticket(r):
    return r.choice(["INC", "CS", "TKT", "SR", "REF", "CAS-"]) + "%07d" % r.randint(0, 9999999)


def iban(r):
    if r.random() < 0.5:
        b = r.choice(["AIBK", "BOFI", "IPBS", "ULSB", "PTSB"])
        d = "%02d" % r.randint(10, 99)
        s = "%06d%08d" % (r.randint(0, 999999), r.randint(0, 99999999))
        raw = "IE" + d + b + s
    else:
        b = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"])
        d = "%02d" % r.randint(10, 99)
        s = "%06d%08d" % (r.randint(0, 999999), r.randint(0, 99999999))
        raw = "GB" + d + b + s
    if r.random() < 0.6:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


def ip(r):
    k = r.randint(0, 3)
    if k == 0:
        return "192.168.%d.%d" % (r.randint(0, 2), r.randint(1, 254))
    if k == 1:
        return "86.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    if k == 2:
        return "%d.%d.%d.%d" % (r.choice([31, 37, 78, 89, 109, 176, 213]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    return "2a02:c7f:%x:%x::%x" % (r.randint(0, 65535), r.randint(0, 65535), r.randint(1, 255))


_ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
_MON = ("January February March April May June July August September October "
        "November December").split()


def dob(r):
    y = r.randint(1934, 2004)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    k = r.randint(0, 6)
    if k == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if k == 1:
        return "%d/%d/%02d" % (d, m, y % 100)
    if k == 2:
        return "%d%s %s %d" % (d, _ORD.get(d, "th"), _MON[m - 1], y)
    if k == 3:
        return "%d %s %d" % (d, _MON[m - 1][:3], y)
    if k == 4:
        return "%02d.%02d.%d" % (d, m, y)
    if k == 5:
        return "%s %d%s %d" % (_MON[m - 1].lower(), d, _ORD.get(d, "th"), y)
    return "%02d-%02d-%04d" % (d, m, y)


_STREETS_UK = _p("Mill_Lane Church_St Station_Rd Moor_View Beck_Side Heol_y_Parc Ffordd_Glyndŵr "
                 "Trelawney_Rd Fore_St Chapel_Terr Bank_Top Tong_Rd Roundhay_Rd Lumb_Lane "
                 "Cathedral_Rd Albert_Dr Byres_Rd Dumbarton_Rd Kingsway Brick_Lane "
                 "Commercial_Rd Ladypool_Rd Belgrave_Gate Soho_Rd Moss_Lane Ormeau_Rd "
                 "Falls_Rd Elm_Gr Coronation_St Victoria_Ave")
_STREETS_IE = _p("Bóthar_na_Trá Main_St Tullow_Rd Dominick_St Shop_St Ballyfermot_Rd "
                 "Sráid_an_Mhuilinn Cois_Abhann Ard_na_Gréine Parnell_Sq Patrick_St "
                 "Oliver_Plunkett_St Knocknacarra_Rd Dun_Emer Páirc_na_Coille "
                 "Cluain_Mhuire Gleann_na_Rí Ashgrove_Pk St_Brendan's_Tce")


def address(r, ie=None):
    if ie is None:
        ie = r.random() < 0.4
    st = r.choice(_STREETS_IE if ie else _STREETS_UK)
    n = r.randint(1, 240)
    k = r.randint(0, 5)
    if k == 0:
        return "flat %d, %d %s" % (r.randint(1, 12), n, st)
    if k == 1:
        return "%s %d, %s" % (r.choice(["Apt", "apt", "Unit"]), r.randint(1, 40), st)
    if k == 2:
        return "%d%s %s" % (n, r.choice("ab"), st)
    if k == 3 and ie:
        return "%d %s" % (r.randint(1, 80), r.choice(_p("Cois_Abhann Ard_na_Gréine Páirc_na_Coille Cluain_Mhuire Gleann_na_Rí Dun_Emer")))
    return "%d %s" % (n, st)


_MAIL = _p("gmail.com hotmail.co.uk outlook.com yahoo.co.uk eircom.net btinternet.com icloud.com "
           "sky.com live.ie hotmail.com virginmedia.com talktalk.net protonmail.com")


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _ascii(s):
    return re.sub(r"[^a-z0-9]", "", fold(s))


def email(r, given, family):
    g, f = _ascii(given), _ascii(family)
    k = r.randint(0, 5)
    if k == 0:
        loc = g + "." + f
    elif k == 1:
        loc = g[0] + f + str(r.randint(1, 99))
    elif k == 2:
        loc = g + f[:4] + str(r.randint(70, 99))
    elif k == 3:
        loc = f + "_" + g
    elif k == 4:
        loc = g + str(r.randint(1, 2005))
    else:
        loc = r.choice(["mammy", "bigdaddy", "the", "lil", "xx", "missy", "gaffer"]) + g + str(r.randint(1, 99))
    return loc + "@" + r.choice(_MAIL)


def handle(r, given, family):
    g, f = _ascii(given), _ascii(family)
    base = r.choice([g + "_" + f[:3], g + str(r.randint(1, 99)), f + g[:1], g + "x" + f[:2]])
    return ("@" if r.random() < 0.6 else "") + base


def url(r, given, family):
    g, f = _ascii(given), _ascii(family)
    k = r.randint(0, 3)
    if k == 0:
        return "facebook.com/%s.%s" % (g, f)
    if k == 1:
        return "https://www.instagram.com/%s_%s" % (g, f[:5])
    if k == 2:
        return "linkedin.com/in/%s-%s-%d" % (g, f, r.randint(10, 999))
    return "https://drive.google.com/file/d/1%s%d/view" % (f[:6], r.randint(1000, 99999))

# ---------------------------------------------------------------- templates
PII_T = [
    "cust {name} rang re {energy} bill, says its estimated agn, took read {n} kwh, pls chk {mpan}",
    "caller {name} | MPRN {mprn} | wants to switch to {tariff} frm {month}, sent T&Cs",
    "spoke to {given} abt arrears £{amt}, agreed plan £{small}/wk, dd from {day}",
    "{sname} - COT in {town}, new addr {addr}, {pc}, final read taken",
    "thanks to {given} for patience, router swapped {device}, ip now {ip} all grn",
    "cx {name} dob {dob} passed DPA, changd mob to {phone}",
    "Mrs {fam} ringing abt council tax single person disc, ref {acct}, sent form to {email}",
    "{name} lol said the meter man nevr came on {day}, rebooked {time} slot",
    "pls call bk {given} on {phone} b4 {time} re leak at {addr}",
    "NI no {ni} confirmd for cust {name}, CTR aplication fwd to {team}",
    "cust gave PPS {pps} for WHD hardship fund, {name}, {town}",
    "sort code {sc} acc {bank} for DD, acc holder {name}",
    "refund to card {card} £{amt} approved by TL, cust {given} happy",
    "{name}'s broadband down since {day}, {isp} fault ref {tkt}, ONT lights red",
    "dob: {dob} | name: {name} | pc: {pc} | verified",
    "Mr {fam} says dont ring the landline {phone} only email {email} thx",
    "cust {name} is on PSR, medical equip, do NOT disconnect, addr {addr} {pc}",
    "caller was {name} (daughter of acct holder) no auth, advsd to get LOA",
    "iban {iban} for refund, name on acct {name}, confirmd by txt",
    "spoke w/ {given} re {water} meter install, said nobody home {day} am",
    "{name} - {addr}, {town} {pc} - moving out {month} {dd}, wants final bill to {email}",
    "ticket {tkt} cust {name} chased 3rd time, escalatd to {queue}",
    "{given} sent pics of meter via {app} frm {phone}, read matches",
    "customer {name} born {dob}, bereavement, acct holder passed, sent pack",
    "vocie note from {given} says the pay as you go top up failed agn, card {card}",
    "FAO {team}: {sname} disputes backbill £{amt}, MPAN {mpan}",
    "mrs {name} rang, hot water off, told her {water} issue in {town} area",
    "new cust {name}, d.o.b {dob}, mob {phone}, moving into {addr} {pc}",
    "{name} tagged us on twitter {handle} complaining abt speeds, dm'd",
    "cust username {handle} locked out of MyAccount, reset link to {email}",
    "router WAN {ip} for {name}, {isp} says no sync, engineer {day}",
    "cust {given} asked if we can txt {phone} instead of letters, done",
    "Dr {fam} called re {council} council tax band appeal, acc {acct}",
    "{name} pls!! she has rang 5 times abt the {energy} direct debit, ref {tkt}",
    "{given} said her ex {name2} still on acct, needs removing, pass to {team}",
    "speaking to {name} on behalf of {name2}, LOA on file, dob of acct holder {dob}",
    "sent bill copy to {addr}, {pc}, for {name} as email bouncing {email}",
    "{name} gave mprn {mprn}, read {n}, gas on {tariff}",
    "cust {name} tried pay w/ card {card} declined x2, advised bank",
    "escalation: {name} | {phone} | {email} | {queue} | sla {time}",
    "call frm {given} in {town}, says voice to text messed her acc name, its {name} not what we had",
    "acc holder {name}, dob {dob}, NI {ni}, credit check fail, ask deposit",
    "cust wants paper bills to {addr} {pc} pls, name {name}",
    "{name} rang from work no {phone}, ok to leave msg",
    "gave cust the link {url} no wait thats her facebook, {name} sent it by mistake lol",
    "{given} wants bill in welsh pls, addr {addr}, {pc}",
    "{sname} iban {iban} swap from old bank, new DD from {month}",
    "pls note {name} is hard of hearing, use txt {phone} or email {email}",
    "engineer visit for {name}, ont serial ok, public ip {ip}, {isp} reach",
    "{name} water bill {amt} way too high, says 2 ppl in hse, {water} acc {acct}",
    "hi {given}, as discussed your ref is {tkt}, any issues reply here thx",
    "cust {name} (prefers {given}) moving {town} to {town2}, new eircode {eir}",
    "prev occupant {name} still on bills at {addr}, new tenant has lease",
    "caller {name} said hes the landlord, mob {phone}, owns {addr} {pc}",
    "chat: {given} wants to pay by bank, gave sc {sc} acc {bank}, cust ref {acct}",
    "{name} d.o.b. {dob} mprn {mprn} - smart meter exchange {day}",
    "cx {name} says meter no on bill wrong, real mpan {mpan}",
    "voice 2 text: customer name is {name} spelt out for me, dob {dob}",
    "{given} from {town} rang, ph {phone}, lost job, put on breathing space 60 days",
    "rec'd docs from {email} for {name}, tenancy + id, cot done",
    "insta {url} posted our bill pic w/ her acct no {acct}, asked {given} to take down",
    "{NAMEU} - DD CANCELLED - ACC {acct} - LETTER SENT",
    "ok so {name} says {name2} is her son and can speak for her, pw set",
    "{name}'s eircode {eir}, wants MPRN lookup, found {mprn}",
    "{given} rang in a state, no heat no hot water, {energy} PPM meter {mpan}, emergency credit added",
    "go raibh maith agat {given}! sorted the bill for {addr}, {eir}",
    "diolch {given}, payment plan set, acc {acct}, next pymt {day}",
    "{name} | eircode {eir} | mprn {mprn} | ph {phone} | cot done",
    "custmer {name} sez there engineer never showed, voice 2 txt sorry, ref {tkt}",
    "the caller {name} gave dee oh bee as {dob}, didnt match, failed DPA",
    "{given} asked us to use {email} going fwd, old one hacked",
    "cust {name} wants mpan confirmed for switch to {energy}, gave {mpan}",
    "rang {phone} no ans, left vm for {given} re {water} debt",
    "{fam}, {given} - council tax arrears £{amt} - summons issued - called {phone}",
    "acct holder {name}, dob {dob}, sort code {sc}, acc no {bank}, DD set {dd}",
    "chat w/ {given}: she said wifi drops every nite, router ip {ip}, replaced {device}",
    "{name} moving to {addr}, {town}, {pc} from the {dd} {month}, keep same tariff",
    "asked cust {name} for PPS {pps} for the HHAP form",
    "ok {given} im closing this now, ref {tkt}, ring if any probs -",
    "{name} sent screenshot from {url} w/ payment proof",
    "mr {name} (spelling!!) confirmd addr {addr}, {pc}",
    "caller {name} is council tax payer at {addr}, SPD applied, acc {acct}",
    "dzięki {given}, meter read sent, cust {name2} will ring on {day}",
    "{given} said shes a carer for {name2}, add to PSR, ph {phone}",
    "NI number given {ni}, dob {dob}, name {name}, passed for CTR",
    "IBAN on file {iban} wrong, cust {name} gave new one",
    "thx to {given} on the night shift for sortin {name2}'s leak",
    "{name} – complaint re {isp} contract ET fees, acc {acct}, cust wants to leave",
    "raised {tkt} for {given} - {isp} ONT no power, {addr}, {pc}",
    "cust {given} on whatsapp {phone} sent meter pic, read {n}",
    "{name} gamer tag {handle} complaining lag on {isp}, ip {ip}, ping ok",
    "pls update dob for {name} to {dob}, typo on acct",
    "card payment {card} £{amt} taken for {name}, receipt to {email}",
    "cust {name} sd shes from {town}, pc is {pc} not what we have",
    "{name} rang, welsh speaker, transfd to welsh line, acc {acct}",
    "email frm {email}: pls stop ringing me, {name}",
    "spoke to {name} son of {name2} re her bill, no LOA, gave general info only",
    "{name} is a traveller family on halting site {town}, no fixed addr, use mob {phone}",
    "meter at {addr} belongs to {name}, MPRN {mprn} not {mprn}",
    "cust spelt email out, voice to text gave {emailspk}, pls fix on acct for {name}",
    "email is {emailspk} she said, {given} wants ebills only",
    "closed, cust ok w/ plan, any q's see notes - {given} (TL)",
    "handover: {name} waiting callback {time} re {isp} install, ph {phone}. cheers {given2}",
    "{given}!! ur a star, cust {name2} rang back to say thx for the refund",
    "pls ask {given} to ring {name2} back, shes the one who handled the {council} appeal",
    "{name} (née {fam2}) changed name after marriage, cert rec'd, update acct {acct}",
    "family name first pls: {hkname}, not the other way, acc {acct}",
    "cust called {given} rly upset abt {council} council tax letter, ref {acct}",
]

NOPII_T = [
    "{energy} outage in {town} till {time}, send cx to the status page, no comp yet",
    "fyi {isp} openreach fault {region} area, {n} lines affected, eta {day}",
    "reminder {team} huddle {day} {time}, new {tariff} pricing from {month}",
    "{queue} is backed up again {n} cases pls pick up if free",
    "{app} down, use the old {app2} screen for now, dont log out lol",
    "cust rang abt {device} display blank, talked thru reset, all ok now",
    "est read dispute, cust sent photo via {app}, adj bill, {amt} credit",
    "{water} hose ban lifted in {region} from {day}, update the IVR msg",
    "pls dnt promise engineer dates b4 {team} confirms, thx",
    "ACW codes changed, use RFT-{n} for faults and BIL-{n2} for billing",
    "council tax rebate £{amt} paid thru {council} wk of {dd} {month}",
    "cust asked abt {tariff} vs {tariff2}, explained, will think abt it",
    "{isp} {tariff} speeds in {town} only {n} mbps at peak, known issue",
    "{device} firmware update pushed overnight, expect calls abt wifi drops",
    "CSAT {pct}% this wk, AHT {small} mins, well done all!!",
    "smart meter stuck in dumb mode, {device}, raised to {team} ref on {app}",
    "cust happy w/ outcome, no further action, closed",
    "n/a - wrong dept, transfd to {water} customer line",
    "{month} price cap announced, scripts in {app} updated pls read b4 {day}",
    "gas smell reported {town} - gave emergency no, told cx open windows",
    "PAYG topup via {app} failing since {time}, {n} calls so far, IT aware",
    "r/o {team} pls: backbill rules 12 mths max, dont bill beyond",
    "broadband router {device} vs {device2} - cust wants upgrade, sent offer",
    "WHD scheme opens {month}, eligibility chkr on website, dont promise",
    "{energy} acquired customers migrating to {app} on {day}, expect calls",
    "water main burst in {town}, {water} tankers at the church car park",
    "abt {n} cust asking re {jargon} today, think the letter confused ppl",
    "shift swap {day} w/ {team}, ok'd by TL",
    "{n} complaints re {energy} estimated bills in {region} this wk",
    "new starter training on {app} {day} {time}, room 2",
    "cust asked for {tariff} but not avail on {device}, explained",
    "hi all, {queue} cleared!! thx for the push, pizza {day}",
    "fibre install delayed, {isp} need wayleave from landlord, chase in {small} days",
    "pls remember the {jargon} checklist b4 closing {queue}",
    "storm warning for {region} {day}, expect {energy} outage calls, script in {app}",
    "cust on {tariff} since {month}, usage {n} kwh, bill correct, explained",
    "{council} portal back up, cx can apply for CTR online again",
    "{isp} {device} reboot loop on firmware {n}, swap if on {tariff}",
    "smart meter install slots for {town} full til {month}, offer {region} team",
    "voice to text on {app} keeps writing meter as mater lol, check notes b4 sending",
    "diolch pawb, {queue} down to {small} cases, welsh line quiet {day}",
    "go raibh maith agaibh, {energy} price change letters going out {dd} {month}",
    "fyi {water} boil water notice {town}, {n} homes, no bill adj needed",
    "cust abt {jargon} on {energy} bill, explained standing charge {amt}p/day",
    "PSR refresh calls {day} - {n} to do, pls use {app} template",
    "council tax bands {council} up {small}% from april, expect calls",
    "{device} + {device2} bundle on {tariff} now £{amt}/mth for new cust",
    "cx asked y bill gone up, its the {month} price cap, {amt}% rise",
    "tmrw {team} short staffed, overflow to {queue} pls",
    "ESB crew in {town} fixing pole, ETR {time}, no comp for <{small} hrs",
    "lol cust thought the {device} was a bomb, its the smart meter hub",
    "{isp} order stuck at {jargon} stage, {n} days, chase {team}",
    "{water} leak allowance only once per {small} yrs, dont offer twice",
    "hi team, {app} and {app2} both slow, log IT ticket if u see timeouts",
    "cust wanted to know diff btwn {energy} and {energy2}, no comparisons pls",
    "{region} floods, {water} waiving standing charges {month}",
    "Meter exchange {device} -> {device2}, {n} jobs booked for {day}",
    "cx wants to pay cash at post office, PayPoint card ordered, {small} wkdays",
]


# ---------------------------------------------------------------- engine
_SLOT = re.compile(r"(\{[A-Za-z0-9_]+\})")
_CULT = list(POOLS)


def _person(r):
    c = r.choice(_CULT)
    g, f, ff = POOLS[c]
    given, family = r.choice(g), r.choice(f)
    if c == "lithuanian":
        male = given.endswith("s")
        if male and family.endswith(("ienė", "aitė")):
            family = family[:-4] + "as"
        elif not male and family.endswith("as"):
            family = family[:-2] + ("ienė" if r.random() < 0.6 else "aitė")
        elif not male and family.endswith("us"):
            family = family[:-2] + "ienė"
    if c == "polish":
        female = given.endswith("a")
        if female and family.endswith(("ski", "cki")):
            family = family[:-1] + "a"
        elif not female and family.endswith(("ska", "cka")):
            family = family[:-1] + "i"
    if c == "hongkong" and r.random() < 0.35:
        given = given.replace(" ", "-").capitalize() if r.random() < 0.5 else given.replace(" ", "")
    return {"c": c, "given": given, "family": family, "ff": ff}


def _full(p, r):
    if p["ff"] and " " in p["given"] and r.random() < 0.6:
        return p["family"] + " " + p["given"]
    if p["c"] == "irish" and r.random() < 0.25:
        return p["given"] + " " + p["family"].replace("Ó ", "O'").replace("Ní ", "Ni ")
    return p["given"] + " " + p["family"]


def _amt(r):
    return r.choice(["%d.%02d" % (r.randint(3, 1900), r.randint(0, 99)), str(r.randint(5, 600))])


def _fill(slot, ctx, r):
    p = ctx["p"]
    if slot == "name":
        return [(_full(p, r), "name")]
    if slot == "NAMEU":
        return [(_full(p, r).upper(), "name")]
    if slot == "name2":
        return [(_full(ctx["p2"], r), "name")]
    if slot == "given2":
        return [(ctx["p2"]["given"], "name")]
    if slot == "fam2":
        return [(ctx["p3"]["family"], "name")]
    if slot == "hkname":
        g, f, _ = POOLS["hongkong"]
        return [(r.choice(f).upper() + " " + r.choice(g), "name")]
    if slot == "given":
        return [(p["given"], "name")]
    if slot == "fam":
        return [(p["family"], "name")]
    if slot == "sname":
        return [(p["family"].upper(), "name"), (", ", "o"), (p["given"], "name")]
    if slot == "email":
        return [(email(r, p["given"], p["family"]), "email")]
    if slot == "emailspk":
        e = email(r, p["given"], p["family"]).lower()
        return [(e.replace("@", " at ").replace(".", " dot "), "email")]
    if slot == "phone":
        return [(phone(r), "phone")]
    if slot == "card":
        return [(card(r), "card")]
    if slot == "last4":
        return [("%04d" % r.randint(0, 9999), "o")]
    if slot == "ni":
        return [(ni_number(r), "id")]
    if slot == "pps":
        return [(pps(r), "id")]
    if slot == "mpan":
        return [(mpan(r), "id")]
    if slot == "mprn":
        return [(mprn(r), "id")]
    if slot == "acct":
        return [(acct_no(r), "id")]
    if slot == "tkt":
        return [(ticket(r), "id")]
    if slot == "sc":
        return [(sort_acct(r)[0], "id")]
    if slot == "bank":
        return [(sort_acct(r)[1], "id")]
    if slot == "handle":
        return [(handle(r, p["given"], p["family"]), "id")]
    if slot == "addr":
        return [(address(r, ctx["ie"]), "address")]
    if slot == "pc":
        return [((eircode(r) if ctx["ie"] else uk_postcode(r)), "postcode")]
    if slot == "eir":
        return [(eircode(r), "postcode")]
    if slot == "ip":
        return [(ip(r), "ip")]
    if slot == "url":
        return [(url(r, p["given"], p["family"]), "url")]
    if slot == "iban":
        return [(iban(r), "iban")]
    if slot == "dob":
        return [(dob(r), "dob")]
    if slot == "town":
        return [(ctx["town"], "~")]
    if slot == "town2":
        return [(_town(r), "~")]
    if slot == "region":
        g = r.choice(REGIONS)
        if g.startswith("the "):
            return [("the ", "o"), (g[4:], "~")]
        return [(g, "~")]
    if slot == "pct":
        return [(str(r.randint(61, 97)), "o")]
    simple = {"energy": ENERGY, "water": WATER, "isp": ISP, "council": COUNCIL, "app": APP,
              "app2": APP, "energy2": ENERGY, "team": TEAM, "queue": QUEUE, "tariff": TARIFF, "tariff2": TARIFF,
              "device": DEVICE, "device2": DEVICE, "day": DAYS, "month": MONTHS, "jargon": JARGON}
    if slot in simple:
        return [(r.choice(simple[slot]), "o")]
    if slot == "amt":
        return [(_amt(r), "o")]
    if slot == "small":
        return [(str(r.randint(2, 45)), "o")]
    if slot in ("n", "n2"):
        return [(str(r.randint(2, 4800)), "o")]
    if slot == "dd":
        return [(str(r.randint(1, 28)) + r.choice(["", "th", ""]), "o")]
    if slot == "time":
        return [(r.choice(["%d:%02d" % (r.randint(7, 20), r.choice([0, 15, 30, 45])),
                           "%dpm" % r.randint(1, 8), "%dam" % r.randint(8, 11), "noon", "EOD", "COB"]), "o")]
    raise KeyError(slot)


def _typo(text, r):
    words = list(re.finditer(r"[A-Za-z]{4,}", text))
    if not words:
        return text
    m = r.choice(words)
    w = m.group(0)
    i = r.randint(1, len(w) - 2)
    k = r.randint(0, 3)
    if k == 0:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif k == 1:
        w2 = w[:i] + w[i + 1:]
    elif k == 2:
        w2 = w[:i] + w[i] + w[i:]
    else:
        w2 = w[:i] + r.choice("aeiorstn") + w[i + 1:]
    return text[:m.start()] + w2 + text[m.end():]


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


def _render(tpl, r):
    ie = r.random() < 0.45
    ctx = {"p": _person(r), "p2": _person(r), "p3": _person(r), "ie": ie, "town": _town(r, ie)}
    parts = []
    for piece in _SLOT.split(tpl):
        if not piece:
            continue
        if piece.startswith("{") and piece.endswith("}"):
            parts.extend(_fill(piece[1:-1], ctx, r))
        else:
            parts.append((piece, "o"))
    # case styles
    u = r.random()
    if u < 0.33:
        parts = [(t.lower(), l) for t, l in parts]
    elif u < 0.41:
        parts = [(t.upper() if l == "name" else t, l) for t, l in parts]
    elif u < 0.44:
        parts = [(t.upper(), l) for t, l in parts]
    if r.random() < 0.12:
        idx = [i for i, (t, l) in enumerate(parts) if l == "o" and re.search(r"[A-Za-z]{4,}", t)]
        if idx:
            i = r.choice(idx)
            parts[i] = (_typo(parts[i][0], r), "o")
    return _merge(parts)


def _split_words(s):
    return [w for w in re.split(r"[\s\-'’.]+", fold(s)) if w]


def _is_listed(note, listed):
    for t, l in note:
        if l == "name":
            for w in _split_words(t):
                if w in listed:
                    return True
    return False


def blind_notes(listed):
    r = random.Random(SEED)
    lf = frozenset(fold(w) for w in listed)
    notes, seen = [], set()
    n_pii = int(N_NOTES * 0.55)
    plan = ["p"] * n_pii + ["n"] * (N_NOTES - n_pii)
    r.shuffle(plan)
    for kind in plan:
        for _ in range(5000):
            tpl = r.choice(PII_T if kind == "p" else NOPII_T)
            note = _render(tpl, r)
            text = "".join(t for t, _ in note)
            nw = len(text.split())
            if text in seen or "\n" in text or not (5 <= nw <= 45):
                continue
            if _is_listed(note, lf):
                continue
            seen.add(text)
            notes.append(note)
            break
        else:
            raise RuntimeError("could not generate note")
    return notes


# ---------------------------------------------------------------- self-check
def _selfcheck():
    from collections import Counter
    a = blind_notes(frozenset())
    b = blind_notes(frozenset())
    assert a == b, "not deterministic"
    assert len(a) == N_NOTES
    sample = frozenset({"john", "mary", "smith", "patel", "khan", "murphy", "kelly", "singh",
                        "ali", "mohammed", "david", "sarah", "chan", "wong", "silva",
                        "santos", "jones", "brown", "garcia", "lee"})
    c = blind_notes(sample)
    assert len(c) == N_NOTES
    for notes, lst in ((a, frozenset()), (c, sample)):
        texts = set()
        for note in notes:
            assert note, "empty note"
            for i, (t, l) in enumerate(note):
                assert l in LABELS, l
                assert t, "empty part"
                if l != "o":
                    assert t == t.strip(), repr(t)
                if i and l == "o":
                    assert note[i - 1][1] != "o", "unmerged o"
            text = "".join(t for t, _ in note)
            assert "\n" not in text and 5 <= len(text.split()) <= 45, text
            assert text not in texts, text
            texts.add(text)
        assert not _is_listed_any(notes, lst)
    cnt = Counter(l for note in a for _, l in note)
    print("label counts:", dict(sorted(cnt.items())))
    low = sum(1 for n in a if "".join(t for t, _ in n) == "".join(t for t, _ in n).lower())
    nopii = sum(1 for n in a if all(l in ("o", "~") for _, l in n))
    print("lower-case share: %.3f" % (low / len(a)))
    print("no-PII share: %.3f" % (nopii / len(a)))
    print("templates: pii=%d nopii=%d" % (len(PII_T), len(NOPII_T)))
    rr = random.Random(7)
    for n in rr.sample(a, 12):
        print(" |", n)


def _is_listed_any(notes, lst):
    lf = frozenset(fold(w) for w in lst)
    return any(_is_listed(n, lf) for n in notes)


if __name__ == "__main__":
    _selfcheck()
