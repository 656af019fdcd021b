"""Blind evaluation set 'ap': customer-win notes from banking, insurance,
benefits and pharmacy desks in Africa, SE Asia, Hong Kong and the Gulf."""
import random
import re
import unicodedata

SEED = 472031
N_NOTES = 1000
LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")

# ---------------------------------------------------------------- name pools
# style: "gf" given-family, "fg" family-first, "malay" patronymic bin/binti,
# "arab" given bin father Al-tribe, "indmy" a/l a/p patronymic, "hk" Cantonese.
POOLS = {}


def _pool(name, style, given, family):
    POOLS[name] = {"style": style, "given": given.split("|"), "family": family.split("|")}


_pool("zulu", "gf",
      "Sipho|Thandiwe|Themba|Nomvula|Bongani|Lindiwe|Sibusiso|Zanele|Mandla|Nokuthula|"
      "Sifiso|Thulani|Nandi|Mthunzi|Ayanda|Lwazi|Nhlanhla|Zodwa|Siyabonga|Khanyisile|Sanele|"
      "Nompumelelo|Musa|Thabani|Zinhle|Njabulo|Busisiwe|Mxolisi|Hlengiwe|Andile|Nonhlanhla|"
      "Lungile|Bheki|Phumzile|Jabulani|Ntombi|Vusi|Gugu|Dumisani|Sizwe|Precious|Blessing|"
      "Lucky|Gift|Patience",
      "Dlamini|Nkosi|Ndlovu|Khumalo|Zulu|Mthembu|Ngcobo|Buthelezi|Mkhize|Zungu|Shabalala|"
      "Cele|Hadebe|Gumede|Mabaso|Ntuli|Sithole|Mthethwa|Msimang|Nxumalo|Mnguni|Zwane|Ngema|"
      "Khoza|Biyela|Majola|Mdletshe|Xulu|Mazibuko|Dube|Shezi|Mchunu|Luthuli|Ximba|Magubane|"
      "Mlambo|Ngubane|Mhlongo|Mavundla|Radebe|Sibiya|Hlongwane")
_pool("yoruba", "gf",
      "Adebayo|Oluwaseun|Folake|Babatunde|Yetunde|Olumide|Temitope|Ayodele|Funmilayo|"
      "Oluwadamilare|Bolanle|Kehinde|Taiwo|Idowu|Adewale|Omolara|Tolulope|Damilola|Abiodun|"
      "Bukola|Gbenga|Modupe|Oladipo|Titilayo|Segun|Morenike|Femi|Kayode|Adunni|Sola|Tunde|"
      "Iyabo|Opeyemi|Ifeoluwa|Oyinkansola|Ayomide|Olamide|Simisola|Mayowa|Jumoke|Wale|Lanre",
      "Adeyemi|Ogunleye|Balogun|Adebayo|Olatunji|Ogunbanjo|Akinola|Oyelaran|Adeleke|Ojo|"
      "Babalola|Ogundipe|Fashola|Adesanya|Oyewole|Akande|Olaniyan|Afolabi|Ajayi|Bamidele|"
      "Okonjo|Adegoke|Olawale|Oladele|Ogunsola|Alabi|Oyedepo|Adekunle|Akinwande|Odusanya|"
      "Ibikunle|Oshodi|Ayinde|Folarin|Obasanjo|Oduya|Sowemimo|Kuti|Ransome-Kuti|Aderinto|"
      "Adewumi|Ige")
_pool("kikuyu", "gf",
      "Wanjiru|Kamau|Njeri|Mwangi|Wambui|Kariuki|Nyambura|Githinji|Wairimu|Njoroge|Muthoni|"
      "Kimani|Wangari|Gitau|Nyokabi|Macharia|Wanjiku|Maina|Waithera|Ngugi|Wangui|Kinyua|"
      "Njambi|Mugo|Wacera|Kiarie|Gathoni|Waweru|Nduta|Karanja|Mumbi|Irungu|Wahu|Muriuki|"
      "Nyawira|Kuria|Wakonyo|Ndungu|Wamaitha|Gachanja|Grace|Faith|Mercy|Peter",
      "Kamau|Mwangi|Njoroge|Kariuki|Kimani|Ngugi|Maina|Gitau|Waweru|Karanja|Macharia|Kinyua|"
      "Githinji|Muriuki|Irungu|Njuguna|Ndungu|Gachanja|Mugo|Kiarie|Wainaina|Mbugua|Gathogo|"
      "Kahara|Ng'ang'a|Muigai|Kenyatta|Wachira|Kabiru|Gichuru|Muchiri|Njenga|Thuo|Mathenge|"
      "Kibaki|Nderitu|Kahiga|Gikonyo|Wamwea|Mwaura|Ngotho|Kang'ethe")
_pool("sgcn", "fg",
      "Wei Ming|Jia Hui|Kai Wen|Hui Min|Jun Jie|Xin Yi|Zhi Hao|Mei Ling|Wei Jie|Shu Fen|"
      "Yong Sheng|Li Ting|Jia Le|Pei Shan|Kok Leong|Siew Mei|Boon Huat|Ai Ling|Chee Keong|"
      "Hui Ling|Eng Soon|Bee Hoon|Teck Seng|Swee Lan|Wee Kiat|Geok Choo|Hock Chye|Su Lin|"
      "Yi Xuan|Zi Yang|Kah Wai|Mui Kheng|Ah Kow|Poh Lin|Chin Wah|Lay Peng|Tiong Huat|"
      "Yan Ling|Guan Hong|Kim Hock",
      "Tan|Lim|Lee|Ng|Ong|Wong|Goh|Chua|Chan|Koh|Teo|Ang|Yeo|Tay|Ho|Low|Toh|Sim|Chong|Chia|"
      "Seah|Foo|Leong|Heng|Quek|Pang|Lau|Tham|Soh|Yap|Kwek|Neo|Teh|Loh|Phua|Ting|Khoo|"
      "Gan|Poh|Wee|Lye|Oei")
_pool("emirati", "arab",
      "Mohammed|Ahmed|Khalid|Saeed|Rashid|Hamdan|Sultan|Obaid|Majid|Saif|Hamad|Abdulla|"
      "Mansour|Humaid|Juma|Khalifa|Faisal|Yousef|Omar|Ali|Fatima|Mariam|Aisha|Shamma|Maitha|"
      "Hessa|Latifa|Moza|Noora|Alyazia|Meera|Sheikha|Amna|Reem|Salama|Hind|Shaikha|Afra|"
      "Mahra|Wadeema",
      "Al Mansoori|Al Mazrouei|Al Nuaimi|Al Shamsi|Al Ketbi|Al Suwaidi|Al Dhaheri|Al Falasi|"
      "Al Marri|Al Hammadi|Al Qubaisi|Al Mheiri|Al Zaabi|Al Muhairi|Al Rumaithi|Al Kaabi|"
      "Al Romaithi|Al Blooshi|Al Hashmi|Al Ali|Al Shehhi|Al Tunaiji|Al Mazroui|Al Neyadi|"
      "Al Ameri|Al Awadhi|Al Bastaki|Al Gurg|Al Habtoor|Al Ghurair|Al Futtaim|Al Owais|"
      "Al Serkal|Al Jaber|Al Naqbi|Al Hosani|Al Kindi|Bin Lootah|Al Rais|Al Yammahi|Al Qassimi|"
      "Al Mulla")

_pool("xhosa", "gf",
      "Siyabulela|Lwandile|Nomsa|Asanda|Lulama|Ayabonga|Thembeka|Zola|Xolani|Nosipho|Lindela|"
      "Unathi|Anele|Bulelani|Nandipha|Khaya|Luvuyo|Sinazo|Mzwandile|Thando|Odwa|Zukisa|Nolitha|"
      "Vuyo|Ntsikelelo|Akhona|Yonela|Mihlali|Sithembile|Lonwabo|Babalwa|Luthando|Simphiwe|"
      "Nomathemba|Kwanele|Phumla|Zintle|Lutho|Sisipho|Athi|Qhama|Wonder|Welcome",
      "Mqhayi|Ntshona|Nqoko|Qwabe|Mxenge|Makeba|Matiwane|Mabandla|Ngqula|Mgudlwa|Sobukwe|Bokwe|"
      "Jara|Qunta|Mafu|Sogoni|Nkwinti|Ntlabathi|Dyantyi|Gqola|Mjoli|Ndamase|Mpofu|Ngcukana|"
      "Ngcaba|Mlonyeni|Zondani|Bikitsha|Manona|Mapisa|Mgijima|Gxowa|Mahlathi|Mtyhopo|Sityebi|"
      "Tyawa|Mfeketo|Matyila|Mbana|Njongo|Sigcau|Dalindyebo|Ntsebeza|Mandela|Mbeki|Sisulu|Hani")
_pool("afrikaans", "gf",
      "Johannes|Pieter|Anri|Marike|Hendrik|Elmarie|Christiaan|Annelie|Jacobus|Riaan|Liezel|"
      "Francois|Wilhelmina|Gerhard|Karel|Sunette|Stefan|Anke|Louis|Retha|Dirk|Hanlie|Wouter|"
      "Marlize|Jaco|Chantelle|Ruan|Elsabé|Thys|Nadia|Schalk|Lizelle|Barend|Carien|Tiaan|Henk|"
      "Rozanne|Deon|Mariëtte|Gert|Isabel|Werner|Koos|Sannie",
      "van der Merwe|Botha|Pretorius|du Toit|van Wyk|Nel|Venter|le Roux|Steyn|Smit|Coetzee|"
      "Joubert|du Plessis|van Zyl|Kruger|Fourie|Erasmus|Jansen van Rensburg|Oosthuizen|Visser|"
      "de Villiers|Bester|Swanepoel|Viljoen|Louw|Marais|Cronjé|Olivier|van Niekerk|Brink|"
      "Potgieter|Lombard|Engelbrecht|Meyer|Scholtz|de Klerk|Vermeulen|Hattingh|Burger|"
      "Koekemoer|Strydom|Rossouw|Blom|Vos|de Beer|van den Berg")
_pool("sotho", "gf",
      "Thabo|Lerato|Palesa|Tumelo|Mpho|Karabo|Refiloe|Tshepo|Lebohang|Kamohelo|Teboho|"
      "Nthabiseng|Mosa|Puleng|Katleho|Dineo|Rethabile|Boitumelo|Mahlomola|Lineo|Relebohile|"
      "Tsepang|Motlatsi|Khotso|Masechaba|Neo|Limpho|Thato|Keketso|Mamello|Lehlohonolo|Tebello|"
      "Mohau|Reitumetse|Puseletso|Seipati|Molefi|Tumisang|Bokang|Ntsoaki|Hope|Kabelo",
      "Mokoena|Mofokeng|Molefe|Motaung|Tsotetsi|Moloi|Letsie|Mokhothu|Makhetha|Sello|Phakoe|"
      "Mosia|Lebona|Thamae|Mohapi|Mokete|Ntai|Seeiso|Khoabane|Ramathe|Tau|Nthako|Lephoto|"
      "Moeketsi|Mphuthi|Rantsho|Mokhosi|Pitso|Moshoeshoe|Lerotholi|Majoro|Mokhele|Motsamai|"
      "Nkhahle|Posholi|Ramakau|Sekhonyana|Thabane|Tlali|Makoa|Mahase|Lekhanya")
_pool("luo", "gf",
      "Otieno|Achieng|Odhiambo|Akinyi|Ochieng|Adhiambo|Onyango|Awino|Omondi|Anyango|Owino|"
      "Atieno|Okoth|Auma|Ouma|Akoth|Odera|Apiyo|Opiyo|Aoko|Oduor|Amollo|Awuor|Okello|Aluoch|"
      "Barack|Evans|Jacinta|Millicent|Brian|Sharon|Kevin|Moureen|Lilian|Dorothy|Fredrick|Caren|"
      "Beryl|Vitalis|Pamela|Tom",
      "Odinga|Oginga|Ouko|Omolo|Oyugi|Ogutu|Otieno|Odhiambo|Onyango|Ochieng|Omondi|Owino|Okoth|"
      "Ouma|Oduor|Opiyo|Oloo|Okello|Obama|Nyong'o|Orengo|Kajwang'|Agutu|Ojwang|Obiero|Odera|"
      "Oketch|Owuor|Amollo|Adongo|Okumu|Olang'|Odongo|Oremo|Ogola|Achola|Oyoo|Ngesa|Okinyi|"
      "Ong'ondo|Abuya|Otiende")
_pool("kalenjin", "gf",
      "Kiprono|Chebet|Kipchoge|Jepkosgei|Cheruiyot|Jeptoo|Kibet|Chepkoech|Kiptoo|Jepchumba|"
      "Rotich|Chelimo|Kipruto|Jerotich|Kiplagat|Chepngetich|Kimutai|Jelimo|Kipkemboi|Chepkirui|"
      "Kigen|Jepkemboi|Langat|Cherono|Kosgei|Chemutai|Korir|Jebet|Koech|Chepchirchir|Kipkorir|"
      "Jemutai|Kipyego|Chepkorir|Kiprotich|Jepleting|Eliud|Vivian|Hellen|David|Brigid|Gladys",
      "Ruto|Moi|Kipchoge|Keino|Cheruiyot|Rotich|Kiprono|Kibet|Kiptoo|Kosgei|Korir|Koech|Langat|"
      "Kigen|Kirui|Ngeny|Tanui|Bett|Sang|Chirchir|Kiplagat|Kemboi|Kimutai|Kiprop|Mutai|Too|"
      "Biwott|Kogo|Kipkemboi|Tergat|Kiprotich|Chelimo|Cheboi|Mosonik|Limo|Barng'etuny|Yego|"
      "Tuwei|Kurgat|Bor|Rono|Kosgey")
_pool("igbo", "gf",
      "Chinedu|Ngozi|Chukwuemeka|Adaeze|Obinna|Chiamaka|Ikenna|Nneka|Chidi|Amarachi|Emeka|"
      "Uchenna|Nkechi|Ifeanyi|Chidinma|Kelechi|Ebuka|Chioma|Nnamdi|Ifeoma|Chinonso|Ugochi|"
      "Tochukwu|Onyinye|Somtochukwu|Obiageli|Chibuike|Ogechi|Kenechukwu|Ujunwa|Chukwudi|"
      "Nwakaego|Ekene|Ijeoma|Chimamanda|Oluchi|Nkiruka|Chimezie|Goodluck|Favour|Ebere|Chika",
      "Okafor|Okeke|Eze|Nwosu|Obi|Okonkwo|Nwachukwu|Chukwu|Okoye|Nnaji|Ibe|Ugwu|Anyanwu|"
      "Nwankwo|Okoro|Ezeh|Obiora|Nwafor|Agu|Onwuachi|Iwuchukwu|Ekwueme|Azikiwe|Ojukwu|"
      "Ezekwesili|Nzeogwu|Okonjo-Iweala|Nwabueze|Udeh|Ike|Mbah|Ogbonna|Orji|Onuoha|Achebe|"
      "Adichie|Nweke|Chukwuma|Ezenwa|Nwoye|Uzodinma|Eze-Okoli")
_pool("hausa", "gf",
      "Aminu|Abubakar|Fatima|Aisha|Musa|Hadiza|Ibrahim|Zainab|Usman|Hauwa|Sani|Maryam|Yusuf|"
      "Amina|Bashir|Halima|Garba|Safiya|Lawal|Rabi|Shehu|Binta|Nasir|Khadija|Umar|Balaraba|"
      "Kabiru|Hafsat|Tijjani|Jamila|Danladi|Asabe|Mustapha|Ladi|Idris|Salamatu|Auwalu|Habiba|"
      "Suleiman|Rukayya|Ahmadu",
      "Bello|Abubakar|Danjuma|Yar'Adua|Dangote|Sule|Musa|Ibrahim|Mohammed|Lawal|Garba|Abdullahi|"
      "Umar|Aliyu|Sani|Usman|Tanko|Shehu|Dikko|Gwarzo|Maikano|Jibrin|Idris|Adamu|Bawa|Dantata|"
      "Ringim|Dambazau|El-Rufai|Sanusi|Kwankwaso|Yakasai|Mai-Kudi|Haruna|Inuwa|Ganduje|Bichi|"
      "Dahiru|Zubairu|Gumi|Bagudu")
_pool("akan", "gf",
      "Kwame|Kofi|Kwaku|Kwabena|Kwesi|Yaw|Kwadwo|Akosua|Ama|Adwoa|Abena|Akua|Yaa|Afua|Afia|Esi|"
      "Efua|Araba|Nana|Ekow|Kojo|Fiifi|Kobina|Paa Kwesi|Maame|Akwasi|Adjoa|Ewurabena|Comfort|"
      "Gifty|Prosper|Emmanuel|Josephine|Felicia|Richmond|Godfred|Evans|Millicent|Patience|"
      "Ohemaa|Serwaa",
      "Mensah|Owusu|Boateng|Asante|Osei|Appiah|Agyeman|Acheampong|Adjei|Amoah|Ampofo|Antwi|"
      "Asamoah|Boakye|Darko|Frimpong|Gyamfi|Kuffour|Kyei|Nkrumah|Ofori|Opoku|Sarpong|Yeboah|"
      "Danquah|Bonsu|Ansah|Addo|Amponsah|Kwarteng|Oppong|Amankwah|Baah|Agyei-Mensah|Ofori-Atta|"
      "Nyarko|Obeng|Aidoo|Essien|Arthur|Owusu-Ansah|Sekyere")
_pool("ewe", "gf",
      "Kodzo|Kafui|Selasi|Edem|Elikem|Dzifa|Mawuli|Senam|Yayra|Delali|Esinam|Mawunyo|Sena|"
      "Kekeli|Enyonam|Dela|Xorla|Etornam|Sedinam|Korku|Kossi|Komla|Kwami|Yao|Ayawa|Akpene|Afi|"
      "Abla|Elinam|Makafui|Eyram|Fafali|Worlali|Nutifafa|Seyram|Dzidzor|Mawuena|Selorm|Elorm|"
      "Atsu|Dodzi",
      "Agbeko|Dzokoto|Kpodo|Amegashie|Gbeho|Adzah|Ahadzie|Agbenyega|Tsikata|Avornyo|Kudjoe|"
      "Gbedemah|Amedzro|Akakpo|Dogbe|Kumordzi|Gadzekpo|Nyaho|Agbodeka|Dzakpasu|Kwawu|Adzraku|"
      "Fiawoo|Amenyo|Adjorlolo|Gbadago|Agbemabiese|Kpeglo|Akpalu|Tamakloe|Ablorh|Ahiabor|"
      "Dordzie|Letsa|Sodzi|Kuwornu|Gadagbui|Awuku|Afenyo|Atiemo|Dzidzienyo")
_pool("baganda", "gf",
      "Joseph|Sarah|Robert|Esther|Moses|Prossy|Ronald|Brenda|Isaac|Winnie|Denis|Juliet|Godfrey|"
      "Harriet|Fred|Agnes|Kato|Wasswa|Nakato|Babirye|Kizza|Nansubuga|Mukasa|Namutebi|Nakimuli|"
      "Kigozi|Nalwoga|Lwanga|Nabukenya|Ssali|Nalule|Kakooza|Nakiwala|Kaweesi|Nambi|Sylvia|"
      "Shamim|Annet|Swaibu|Resty",
      "Ssempala|Mukasa|Kiggundu|Nsubuga|Ssebunya|Kasozi|Lubega|Mutebi|Ssenyonga|Kabuye|Kalema|"
      "Kawooya|Lutaaya|Mayanja|Musoke|Mugerwa|Nakamya|Namutebi|Nakalema|Kizito|Ssekandi|"
      "Sserwadda|Ssewanyana|Walusimbi|Bukenya|Kaggwa|Kironde|Kyeyune|Lwasa|Matovu|Mulindwa|"
      "Ssentamu|Ssemwogerere|Kagimu|Kikonyogo|Nabukeera|Nalwanga|Kayondo|Kasule|Wamala|Nakitende")
_pool("bemba", "gf",
      "Mwansa|Chanda|Mulenga|Bwalya|Musonda|Chilufya|Mutale|Kasonde|Mwila|Chileshe|Kabwe|"
      "Katongo|Bupe|Natasha|Precious|Mirriam|Chola|Mumba|Mwenya|Kunda|Chisanga|Chomba|Mubanga|"
      "Kangwa|Chibwe|Mukuka|Sampa|Mwaba|Nkandu|Chisenga|Luyando|Towela|Namwila|Kapambwe|"
      "Mutinta|Brian|Memory|Given|Charity|Mercy|Lweendo",
      "Mwansa|Chanda|Mulenga|Bwalya|Musonda|Kapwepwe|Kaunda|Sata|Chiluba|Mwamba|Chileshe|Kabwe|"
      "Mutale|Kasonde|Mwila|Katongo|Mumba|Chola|Kalaba|Nkole|Kapumba|Chisanga|Chomba|Mubanga|"
      "Chipili|Kangwa|Chibwe|Bwembya|Kalunga|Mukuka|Sampa|Mwaba|Nkandu|Chisenga|Kabaso|Kaluba|"
      "Mwenya|Kunda|Chilekwa|Lupupa|Kasoma|Chitalu|Mpundu")
_pool("malay", "malay",
      "Ahmad|Muhammad|Mohd Faizal|Ismail|Hafiz|Amir|Faiz|Haziq|Aiman|Syafiq|Azlan|Rizal|"
      "Khairul Anuar|Zulkifli|Hakim|Firdaus|Iskandar|Shahrul|Danial|Irfan|Badrul|*Siti Nurhaliza|"
      "*Nur Aisyah|*Nurul Izzah|*Aminah|*Farah|*Nadia|*Aishah|*Zarina|*Syazwani|*Hidayah|"
      "*Izzati|*Noraini|*Rohani|*Salmah|*Zaleha|*Puteri|*Wan Nor Azlin|*Aziah|*Fatimah|"
      "*Nor Azizah|*Mawar|*Melati",
      "Abdullah|Ismail|Hassan|Hussein|Ibrahim|Yusof|Osman|Othman|Razak|Rahman|Abdul Rahman|"
      "Mahmud|Salleh|Hamzah|Jaafar|Kassim|Mansor|Mat Isa|Zainal Abidin|Ariffin|Bakar|Daud|Harun|"
      "Idris|Jamaluddin|Kamarudin|Latif|Mokhtar|Nordin|Rashid|Sulaiman|Talib|Wahab|Yaakob|"
      "Zakaria|Awang|Mohamad|Ghazali|Hashim|Roslan|Sabri|Embong")
_pool("indmy", "indmy",
      "Ravi|Suresh|Ganesan|Muthu|Kumar|Selvam|Rajesh|Arjun|Vinod|Siva|Karthik|Prakash|Saravanan|"
      "Murugan|Thinesh|Kavin|Vikneswaran|Anand|Devan|Balan|*Kavitha|*Priya|*Lakshmi|*Meena|"
      "*Devi|*Shalini|*Sangeetha|*Thilaga|*Revathi|*Malar|*Uma|*Saraswathy|*Nithya|*Vani|"
      "*Kalaivani|*Yamuna|*Anitha|*Sumathi|*Pavithra|*Deepa|*Jothi",
      "Subramaniam|Krishnan|Muniandy|Ramasamy|Arumugam|Rajoo|Govindasamy|Perumal|Nadarajah|"
      "Sivalingam|Maniam|Supramaniam|Kandasamy|Raman|Veerasamy|Letchumanan|Palaniappan|Thangaraj|"
      "Ponnusamy|Selvaraj|Chelliah|Sinnathamby|Karuppiah|Annamalai|Murugesu|Pillay|Naidu|Samy|"
      "Velu|Chandran|Sundram|Gopal|Raju|Marimuthu|Ganapathy|Manickam|Periasamy|Nair|Menon|Singh")
_pool("iban", "anak",
      "Jugah|Rentap|Linggir|Libau|Sumping|Mawar|Inting|Bunsu|Empeni|Nyipa|Ngelai|Sebi|Dinggai|"
      "Jelian|Enchana|Lenggang|Tuah|Suma|Jinggut|Rumpang|Nanang|Ensiring|Kebing|Unchat|Lawai|"
      "Gerinang|Jimbun|Entingi|Lambang|Unggang|Dana|Janting|Ujang|Bujang|Alice|Jonathan|"
      "Melissa|Stella|Michael|Sylvester|Magdalene",
      "Barieng|Sanggau|Empawi|Ringgit|Entri|Kanyan|Tugang|Linang|Muda|Nyanggau|Saban|Dumbang|"
      "Luta|Tinggi|Mawan|Janting|Jeli|Gelang|Kudi|Ugak|Bilun|Gaong|Mujah|Ngang|Jabu|Anyi|Masing|"
      "Numpang|Entalai|Bada|Ranggi|Undi|Bangik|Sikie|Jelani|Banyang|Igat|Langi|Empam|Jimbai")
_pool("kadazan", "gf",
      "Joseph|Bernard|Jeffrey|Wilfred|Ewon|Maximus|Clarence|Jannie|Marylyn|Rosalind|Christina|"
      "Juliana|Priscilla|Donald|Herbert|Ronny|Linda|Evelyn|Jenny|Felix|Gregory|Justin|Edwin|"
      "Doris|Veronica|Pauline|Raymond|Roland|Mojuntin|Rundi|Ondu|Gumpul|Koinzin|Lajumin|"
      "Sinsua|Tangkul|Oyondi|Jornah|Ansari|Sumandak",
      "Kitingan|Pairin|Dompok|Mojuntin|Ongkili|Tangau|Benedick|Ewon|Gaban|Sipaun|Lajim|Ginsos|"
      "Gontingen|Jaimin|Jaikul|Madius|Majimbun|Majalap|Gunsalam|Ladsou|Lojingki|Malanjun|"
      "Manjaji|Ondoi|Pudin|Rampas|Sabin|Samunting|Sualin|Tibung|Tumpang|Untung|Yapin|Ansibin|"
      "Angkangon|Gidong|Kinajil|Molijoh|Sampung|Lasimbang")
_pool("hkcn", "hk",
      "Tai-man|Siu-ming|Ka-yan|Wing-kei|Chi-wai|Mei-ling|Ka-ho|Hoi-yan|Wai-kit|Suet-ying|Kin-wah|"
      "Yuk-lan|Chun-kit|Man-yee|Ho-yin|Sze-wing|Kwok-keung|Lai-ching|Pui-shan|Wing-sze|Tsz-hin|"
      "Hiu-tung|Ching-yan|Chi-keung|Kam-fai|Yee-ling|Siu-fung|Ka-lok|Wai-man|Shuk-fan|Hon-ming|"
      "Oi-lam|Yat-ming|Sin-yi|Kwan-yiu|Po-ling|Tak-wing|Yan-ting|Cheuk-lam|Sum-yi",
      "Chan|Wong|Lee|Cheung|Lau|Ng|Leung|Ho|Lam|Tsang|Chow|Yeung|Tse|Fung|Kwok|Mak|Yip|Tang|Lo|"
      "Cheng|Chu|Tam|Chiu|Tsui|Kwan|Siu|Poon|Yuen|Au-Yeung|Szeto|Man|Choi|Ma|Hui|Sin|Wan|Ko|"
      "Luk|Kong|Mok|Shum|Lui")
POOLS["hkcn"]["english"] = ("Peter|Mandy|Kelvin|Winnie|Ivan|Cherry|Alvin|Candy|Raymond|Sammi|Eason|"
                            "Ivy|Jacky|Fanny|Wilson|Kitty|Ken|Joey|Tommy|Apple|Coco|Kenneth|Bonnie|"
                            "Crystal|Heman").split("|")
_pool("tagalog", "ph",
      "Jose|Maria|Juan|Ma. Cristina|Rodrigo|Angelica|Mark Anthony|Kristine|Jun|Rowena|Jerome|"
      "Maricel|Ferdinand|Lorna|Ramon|Marites|Emmanuel|Jocelyn|Dante|Liza|Bong|Joy|Precious|"
      "Honey|Princess|Rey|Aileen|Rosario|Teresita|Arnel|Lovely|Cherry Mae|Jhun|Edsel|Imelda|"
      "Corazon|Benigno|Lourdes|Rommel|Divina|Marilou",
      "dela Cruz|Santos|Reyes|Garcia|Mendoza|Bautista|Villanueva|Ramos|Aquino|Castillo|Rivera|"
      "de Guzman|Soriano|Torres|Salvador|del Rosario|de los Santos|Dizon|Pascual|Manalo|Mercado|"
      "Lopez|Gonzales|Aguilar|Marquez|Navarro|Macapagal|Magsaysay|Lacson|Sison|Tolentino|Cruz|"
      "Fernandez|Pangilinan|Panganiban|Lualhati|Dimaculangan|Dimagiba|Mangubat|Macaraeg|Bernardo")
_pool("visayan", "ph",
      "Junrey|Ma. Luisa|Cherry|Kimberly|Jessa|Ronald|Analyn|Mary Grace|Joel|Jovelyn|Ricky|Gemma|"
      "Elmer|Rhea|Dindo|Lyn|Jonel|Marlon|Nestor|Rosalinda|Glenda|Arturo|Nenita|Romeo|Jinky|"
      "Reymart|Jeraldine|Lito|Bobby|Aida|Boyet|Genalyn|Mylene|Junjun|Crisanto|Lilibeth|Teodoro|"
      "Mae|Inday|Dodong|Nonoy",
      "Osmeña|Cuenco|Durano|Ouano|Sanchez|Yap|Climaco|Labella|Rama|Villamor|Bacalso|Baguio|"
      "Cabaluna|Ybañez|Tumulak|Sumalpong|Lumapas|Cabungcal|Tabanao|Maglasang|Dagatan|Baculi|"
      "Lagahit|Pepito|Dumdum|Tampus|Libres|Cañares|Inocian|Binghay|Lariosa|Pacaña|Abellana|"
      "Alcoseba|Cañete|Escaño|Gullas|dela Peña|Cabahug|Canoy|Flores")
_pool("saudi", "arab",
      "Abdulaziz|Abdullah|Fahad|Faisal|Turki|Nasser|Saud|Bandar|Majed|Sultan|Khalid|Saad|"
      "Mohammed|Ibrahim|Nawaf|Mishal|Yazeed|Rakan|Talal|Waleed|*Nouf|*Sara|*Haya|*Lama|*Reem|"
      "*Nora|*Abeer|*Hessa|*Latifa|*Maha|*Munira|*Dalal|*Jawaher|*Ghada|*Hanan|*Amal|*Lulwa|"
      "*Shahad|*Razan|*Wejdan",
      "Al-Qahtani|Al-Otaibi|Al-Ghamdi|Al-Zahrani|Al-Shehri|Al-Dosari|Al-Harbi|Al-Mutairi|"
      "Al-Anazi|Al-Shammari|Al-Subaie|Al-Malki|Al-Juhani|Al-Asmari|Al-Amri|Al-Omari|Al-Rashidi|"
      "Al-Sulami|Al-Yami|Al-Hazmi|Al-Rasheed|Al-Sheikh|Al-Tuwaijri|Al-Jaber|Al-Faifi|Al-Bishi|"
      "Al-Shahrani|Al-Zamil|Al-Olayan|Al-Khudair|Al-Moammar|Al-Turki|Al-Hamdan|Al-Sudairi|"
      "Al-Ajmi|Al-Muqrin|Al-Nasser|Al-Harthi|Bamatraf|Bakhsh")
_pool("omani", "arab",
      "Said|Salim|Hamed|Saif|Khalfan|Talal|Hilal|Badr|Zahran|Nasser|Azzan|Majid|Marwan|Qais|"
      "Haitham|Tariq|Asaad|Muhanna|Sulaiman|Humaid|*Bushra|*Shamsa|*Zuwaina|*Thuraya|*Rahma|"
      "*Ruqaya|*Muna|*Huda|*Buthaina|*Khulood|*Iman|*Asma|*Wafa|*Marwa|*Samira|*Zainab|*Raya|"
      "*Nadia|*Sumaiya|*Aziza",
      "Al Balushi|Al Harthy|Al Hinai|Al Busaidi|Al Rawahi|Al Maawali|Al Kindi|Al Abri|Al Hashmi|"
      "Al Jabri|Al Lawati|Al Riyami|Al Mahrouqi|Al Shukaili|Al Siyabi|Al Wahaibi|Al Amri|Al Farsi|"
      "Al Hosni|Al Kalbani|Al Mamari|Al Mukhaini|Al Naabi|Al Rashdi|Al Saadi|Al Shidhani|Al Toobi|"
      "Al Yahyai|Al Zadjali|Al Ghafri|Al Habsi|Al Jahwari|Al Kharusi|Al Mashani|Al Nabhani|"
      "Al Qasmi|Al Ruqaishi|Al Sinani|Al Bahri|Al Hadhrami")
_pool("kerala", "gf",
      "Anil|Suresh|Rajesh|Biju|Shaji|Sajan|Jomon|Tomy|Manoj|Pradeep|Vineeth|Arun|Sreejith|Rahul|"
      "Nithin|Jithin|Sanju|Rejimon|Sunil|Babu|Bindu|Sheeba|Lakshmi|Divya|Anju|Reshma|Sreeja|"
      "Jincy|Tintu|Soumya|Jisha|Remya|Smitha|Asha|Sindhu|Neethu|Aswathy|Deepthi|Shiny|Mini|"
      "Shameer|Naseer|Fathima|Sunny",
      "Nair|Menon|Pillai|Kurup|Panicker|Namboothiri|Warrier|Kurian|Thomas|Varghese|Joseph|"
      "Mathew|Chacko|George|Jacob|Abraham|Philip|Kuriakose|Puthenpurayil|Kunnumpurath|"
      "Vadakkedath|Thayyil|Parambil|Cherian|Koshy|Mammen|Oommen|Poulose|Antony|Sebastian|"
      "Kunjumon|Kutty|Nambiar|Unnikrishnan|Vijayan|Gopinath|Raghavan|Krishnakumar|Moideen|Koya")
_pool("pakistani", "gf",
      "Muhammad Imran|Ali|Usman|Bilal|Hamza|Asif|Tariq|Naveed|Kamran|Shahid|Zubair|Waqas|Faisal|"
      "Adnan|Irfan|Junaid|Rizwan|Sohail|Zeeshan|Imtiaz|Ayesha|Sana|Fatima|Maryam|Hina|Nida|"
      "Saima|Rabia|Sadia|Bushra|Amna|Mehwish|Farah|Uzma|Nazia|Shazia|Samina|Kiran|Noor|Zainab",
      "Khan|Malik|Qureshi|Chaudhry|Butt|Sheikh|Raja|Hussain|Ahmed|Iqbal|Akhtar|Siddiqui|Abbasi|"
      "Awan|Baig|Bhatti|Cheema|Dar|Gill|Hashmi|Javed|Kazmi|Mirza|Naqvi|Rana|Rehman|Shah|Sultan|"
      "Tahir|Warraich|Zaidi|Jatoi|Memon|Baloch|Khattak|Yousafzai|Afridi|Durrani|Gondal|Niazi")

# ------------------------------------------------------------ ordinary words
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday".split("|")
MONTHS = ("January|February|March|April|May|June|July|August|September|October|"
          "November|December").split("|")
PRODUCTS = ("Gold Cheque account|Easy Saver|home loan top-up|funeral cover|credit card limit increase|"
            "debit order dispute|Visa Platinum card|travel insurance|motor policy|medical aid|"
            "chronic script refill|insulin pens|Panado 500mg|Augmentin 625|Ventolin inhaler|"
            "SASSA grant|UIF claim|NHIF card|CPF top-up|MediSave claim|EPF withdrawal|"
            "fixed deposit|remittance transfer|salary transfer letter|airtime top-up|"
            "mobile banking PIN reset|e-statement|overdraft facility|life cover rider").split("|")
BANKS = ("Standard Bank|Absa|FNB|Nedbank|Capitec|Equity Bank|KCB|Co-op Bank|GTBank|Access Bank|"
         "Zenith Bank|First Bank|Ecobank|Stanbic|DBS|OCBC|UOB|Maybank|CIMB|Public Bank|HSBC|"
         "Hang Seng|BPI|BDO|Metrobank|Emirates NBD|ADCB|FAB|Al Rajhi|Bank Muscat|Zanaco").split("|")
TEAMS = ("Collections|Card Services|Claims Desk|Retentions|Priority Banking|Branch Ops|Fraud Desk|"
         "Tier 2|Back Office|Dispensary|Benefits Queue B|Onboarding|KYC Team|Disputes|"
         "Wealth Desk|Complaints Resolution|Premier Line|Digital Support").split("|")
CHANNELS = "WhatsApp|live chat|USSD|the app|branch walk-in|inbound call|email|Teams call|callback".split("|")

REGIONS = {}


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def luhn_digit(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def iban(rng, cc, bban):
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - int(num) % 97
    raw = "%s%02d%s" % (cc, check, bban)
    if rng.random() < 0.6:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


def card(rng):
    start = rng.choice(["4", "51", "52", "53", "54", "55", "2221"])
    body = start + _d(rng, 15 - len(start))
    num = body + luhn_digit(body)
    f = rng.random()
    if f < 0.5:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if f < 0.7:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    return num


def dob_parts(rng):
    y = rng.randint(1944, 2004)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


def dob(rng):
    y, m, d = dob_parts(rng)
    f = rng.randrange(6)
    if f == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if f == 1:
        return "%d-%02d-%02d" % (y, m, d)
    if f == 2:
        return "%d %s %d" % (d, MONTHS[m - 1], y)
    if f == 3:
        return "%s %d, %d" % (MONTHS[m - 1], d, y)
    if f == 4:
        return "%02d-%s-%02d" % (d, MONTHS[m - 1][:3], y % 100)
    return "%d.%d.%d" % (d, m, y)


def ip(rng):
    if rng.random() < 0.15:
        return "2c0f:%x:%x::%x" % (rng.randrange(4096), rng.randrange(65536), rng.randrange(65536))
    return "%d.%d.%d.%d" % (rng.choice([41, 102, 105, 154, 196, 197, 175, 203, 116, 94, 37]),
                            rng.randrange(256), rng.randrange(256), rng.randrange(1, 255))


# ---- South Africa
def za_id(rng):
    y, m, d = dob_parts(rng)
    body = "%02d%02d%02d%s%s8" % (y % 100, m, d, _d(rng, 4), rng.choice("01"))
    return body + luhn_digit(body)


def za_phone(rng):
    p = rng.choice(["72", "82", "83", "84", "71", "76", "79", "61", "63", "11", "21", "31"])
    if rng.random() < 0.5:
        return "0%s %s %s" % (p, _d(rng, 3), _d(rng, 4))
    return "+27 %s %s %s" % (p, _d(rng, 3), _d(rng, 4))


REGIONS["ZA"] = {
    "cultures": ["zulu"],
    "phone": za_phone,
    "ids": [("SA ID", za_id), ("acc", lambda r: _d(r, 10)),
            ("policy", lambda r: "POL" + _d(r, 8))],
    "postcode": lambda r: r.choice(["2196", "4001", "8001", "0081", "1709", "6001", "2094", "9301"]),
    "streets": ["Vilakazi Street", "Jan Smuts Avenue", "Florida Road", "Long Street",
                "Main Reef Road", "Church Street", "Beyers Naude Drive", "Rivonia Road"],
    "suburbs": ["Orlando West", "Umlazi", "Soshanguve", "Khayelitsha", "Randburg", "Sandton"],
    "cities": ["Johannesburg", "Durban", "Cape Town", "Pretoria", "Gqeberha", "Bloemfontein", "Soweto"],
    "cur": "R", "iban": None, "email": ["gmail.com", "webmail.co.za", "mweb.co.za", "outlook.com"],
}


# ---- Nigeria
def ng_phone(rng):
    p = rng.choice(["803", "806", "813", "816", "703", "706", "802", "808", "905", "901", "810"])
    if rng.random() < 0.5:
        return "0%s %s %s" % (p, _d(rng, 3), _d(rng, 4))
    return "+234 %s %s %s" % (p, _d(rng, 3), _d(rng, 4))


REGIONS["NG"] = {
    "cultures": ["yoruba"],
    "phone": ng_phone,
    "ids": [("BVN", lambda r: "22" + _d(r, 9)), ("NIN", lambda r: _d(r, 11)),
            ("NUBAN", lambda r: "0" + _d(r, 9))],
    "postcode": lambda r: r.choice(["100001", "101241", "900211", "200284", "500272", "106104"]),
    "streets": ["Adeola Odeku Street", "Allen Avenue", "Awolowo Road", "Ademola Adetokunbo Crescent",
                "Herbert Macaulay Way", "Opebi Road", "Bode Thomas Street"],
    "suburbs": ["Ikeja", "Victoria Island", "Lekki Phase 1", "Wuse 2", "Surulere", "Yaba"],
    "cities": ["Lagos", "Abuja", "Ibadan", "Port Harcourt", "Kano", "Enugu"],
    "cur": "NGN ", "iban": None, "email": ["gmail.com", "yahoo.com", "outlook.com"],
}


# ---- Kenya
def ke_phone(rng):
    p = rng.choice(["712", "722", "733", "701", "110", "768", "790", "757"])
    if rng.random() < 0.5:
        return "0%s %s%s" % (p, _d(rng, 3), _d(rng, 3))
    return "+254 %s %s %s" % (p, _d(rng, 3), _d(rng, 3))


def mpesa(rng):
    return rng.choice("QRS") + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))


REGIONS["KE"] = {
    "cultures": ["kikuyu"],
    "phone": ke_phone,
    "ids": [("KRA PIN", lambda r: "A" + _d(r, 9) + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")),
            ("ID no", lambda r: _d(r, 8)), ("M-Pesa code", mpesa),
            ("NHIF no", lambda r: _d(r, 9))],
    "postcode": lambda r: r.choice(["00100", "00200", "80100", "40100", "20100", "00606", "00502"]),
    "streets": ["Moi Avenue", "Kimathi Street", "Ngong Road", "Kenyatta Avenue", "Waiyaki Way",
                "Thika Road", "Argwings Kodhek Road"],
    "suburbs": ["Westlands", "Kilimani", "Kasarani", "Eastleigh", "Karen", "Ruaka"],
    "cities": ["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret", "Thika"],
    "cur": "KES ", "iban": None, "email": ["gmail.com", "yahoo.com", "outlook.com"],
}


# ---- Singapore
def nric(rng):
    return rng.choice("STFG") + _d(rng, 7) + rng.choice("ABCDEFGHIJZKLMNPQRTUWX")


REGIONS["SG"] = {
    "cultures": ["sgcn"],
    "phone": lambda r: rng_fmt(r, "+65 %s %s", "%s %s", r.choice("89") + _d(r, 3), _d(r, 4)),
    "ids": [("NRIC", nric), ("CPF acc", nric), ("policy", lambda r: "L" + _d(r, 9))],
    "postcode": lambda r: r.choice(["Singapore ", "S", ""]) + r.choice(["560", "520", "650", "730", "310", "238"]) + _d(r, 3),
    "address": lambda r: "Blk %d %s #%02d-%02d" % (r.randint(1, 999), r.choice(
        ["Ang Mo Kio Ave 3", "Tampines St 21", "Jurong West St 52", "Bedok North Rd", "Toa Payoh Lor 1",
         "Woodlands Dr 14", "Yishun Ring Rd", "Bukit Batok West Ave 6"]), r.randint(2, 25), r.randint(1, 99)),
    "streets": ["Orchard Road", "Ang Mo Kio Ave 3", "Tampines Central", "North Bridge Road"],
    "suburbs": [],
    "cities": ["Singapore", "Tampines", "Jurong East", "Woodlands", "Ang Mo Kio"],
    "cur": "S$", "iban": None, "email": ["gmail.com", "singnet.com.sg", "hotmail.com", "yahoo.com.sg"],
}


def rng_fmt(rng, intl, local, a, b):
    return (intl if rng.random() < 0.5 else local) % (a, b)


# ---- UAE
def ae_phone(rng):
    p = rng.choice(["50", "52", "54", "55", "56", "58"])
    if rng.random() < 0.5:
        return "0%s %s %s" % (p, _d(rng, 3), _d(rng, 4))
    return "+971 %s %s %s" % (p, _d(rng, 3), _d(rng, 4))


def emirates_id(rng):
    y = rng.randint(1960, 2002)
    return "784-%d-%s-%s" % (y, _d(rng, 7), _d(rng, 1))


REGIONS["AE"] = {
    "cultures": ["emirati"],
    "phone": ae_phone,
    "ids": [("Emirates ID", emirates_id), ("cust ID", lambda r: "CIF" + _d(r, 8)),
            ("policy", lambda r: "MOT/" + _d(r, 4) + "/" + _d(r, 6))],
    "postcode": None,
    "address": lambda r: "%s %d, %s %d, %s" % (r.choice(["Villa", "Flat", "Apt"]), r.randint(1, 120),
                                                r.choice(["Street", "Sikka"]), r.randint(1, 40),
                                                r.choice(["Al Barsha 2", "Mirdif", "Khalifa City A", "Al Nahda 1", "Mussafah"])),
    "streets": ["Sheikh Zayed Road", "Al Wasl Road", "Hamdan Street", "Corniche Road"],
    "suburbs": [],
    "cities": ["Dubai", "Abu Dhabi", "Sharjah", "Al Ain", "Ajman", "Ras Al Khaimah"],
    "cur": "AED ", "iban": lambda r: iban(r, "AE", r.choice(["033", "026", "035", "030"]) + _d(r, 16)),
    "email": ["gmail.com", "hotmail.com", "eim.ae", "outlook.com"],
}


REGIONS["ZA"]["cultures"] = ["zulu", "xhosa", "afrikaans", "sotho"]
REGIONS["KE"]["cultures"] = ["kikuyu", "luo", "kalenjin"]
REGIONS["NG"]["cultures"] = ["yoruba", "igbo", "hausa"]
REGIONS["SG"]["cultures"] = ["sgcn", "malay", "indmy"]
REGIONS["AE"]["cultures"] = ["emirati", "kerala", "pakistani", "tagalog"]


def _ph(rng, intl, local_prefix, groups):
    body = " ".join(_d(rng, g) for g in groups)
    return (intl + " " + body) if rng.random() < 0.5 else (local_prefix + body)


REGIONS["GH"] = {
    "cultures": ["akan", "ewe"],
    "phone": lambda r: _ph(r, "+233 " + r.choice(["24", "54", "20", "27", "55"]), "0" + r.choice(["24", "54", "20"]) + " ", [3, 4]),
    "ids": [("Ghana Card", lambda r: "GHA-%s-%s" % (_d(r, 9), _d(r, 1))),
            ("SSNIT no", lambda r: r.choice("CDEF") + _d(r, 12)),
            ("MoMo txn", lambda r: _d(r, 11))],
    "postcode": lambda r: "%s-%s-%s" % (r.choice(["GA", "AK", "GT", "CC", "VH"]), _d(r, 3), _d(r, 4)),
    "streets": ["Oxford Street", "Liberation Road", "Ring Road Central", "Spintex Road", "Kojo Thompson Road"],
    "suburbs": ["Osu", "East Legon", "Dansoman", "Adum", "Tema Comm. 25"],
    "cities": ["Accra", "Kumasi", "Tema", "Takoradi", "Ho", "Cape Coast"],
    "cur": "GHS ", "iban": None, "email": ["gmail.com", "yahoo.com", "outlook.com"],
}
REGIONS["UG"] = {
    "cultures": ["baganda"],
    "phone": lambda r: _ph(r, "+256 " + r.choice(["772", "701", "752", "782", "756"]), "0" + r.choice(["772", "701", "782"]) + " ", [6]),
    "ids": [("NIN", lambda r: r.choice(["CM", "CF"]) + _d(r, 8) + "".join(r.choice("ABCDEFGHJKLMNPRTUVWXYZ") for _ in range(4))),
            ("acc", lambda r: _d(r, 13)), ("NSSF no", lambda r: "NS" + _d(r, 9))],
    "postcode": None,
    "address": lambda r: "Plot %d %s" % (r.randint(1, 400), r.choice(["Kira Road", "Bombo Road", "Ntinda Road", "Entebbe Road", "Gayaza Road", "Kampala Road"])),
    "streets": ["Kampala Road", "Jinja Road", "Bombo Road", "Acacia Avenue"],
    "suburbs": [],
    "cities": ["Kampala", "Entebbe", "Mukono", "Jinja", "Masaka", "Wakiso"],
    "cur": "UGX ", "iban": None, "email": ["gmail.com", "yahoo.com"],
}
REGIONS["ZM"] = {
    "cultures": ["bemba"],
    "phone": lambda r: _ph(r, "+260 " + r.choice(["97", "96", "95", "77", "76"]), "0" + r.choice(["97", "96", "95"]) + " ", [3, 4]),
    "ids": [("NRC", lambda r: "%s/%s/1" % (_d(r, 6), _d(r, 2))), ("NAPSA no", lambda r: _d(r, 9)),
            ("acc", lambda r: _d(r, 13))],
    "postcode": lambda r: r.choice(["10101", "50100", "10100", "20100"]),
    "streets": ["Cairo Road", "Great East Road", "Independence Avenue", "Kabulonga Road", "Freedom Way"],
    "suburbs": ["Kabulonga", "Chelstone", "Matero", "Woodlands", "Chilenje"],
    "cities": ["Lusaka", "Kitwe", "Ndola", "Kabwe", "Chingola", "Livingstone"],
    "cur": "ZMW ", "iban": None, "email": ["gmail.com", "yahoo.com", "zamtel.zm"],
}


def mykad(rng):
    y, m, d = dob_parts(rng)
    return "%02d%02d%02d-%s-%s" % (y % 100, m, d, rng.choice(["14", "10", "08", "12", "13", "01"]), _d(rng, 4))


REGIONS["MY"] = {
    "cultures": ["malay", "indmy", "iban", "kadazan", "sgcn"],
    "phone": lambda r: _ph(r, "+60 " + r.choice(["12", "13", "16", "17", "19"]), "0" + r.choice(["12", "13", "16", "11"]) + "-", [3, 4]),
    "ids": [("MyKad", mykad), ("IC no", mykad), ("EPF no", lambda r: _d(r, 8)),
            ("policy", lambda r: "T" + _d(r, 9))],
    "postcode": lambda r: r.choice(["47300", "50450", "81300", "93350", "88300", "10200", "40150"]),
    "address": lambda r: "No. %d, %s" % (r.randint(1, 120), r.choice(["Jalan SS2/24", "Jalan Ampang", "Lorong Durian 3", "Jalan Tun Razak", "Jalan Penampang", "Jalan Song"])),
    "streets": ["Jalan Bukit Bintang", "Jalan Ampang", "Jalan Tun Razak", "Jalan Gaya"],
    "suburbs": ["Petaling Jaya", "Subang Jaya", "Kepong"],
    "cities": ["Kuala Lumpur", "Petaling Jaya", "Johor Bahru", "Kuching", "Kota Kinabalu", "Penang", "Shah Alam"],
    "cur": "RM", "iban": None, "email": ["gmail.com", "yahoo.com.my", "hotmail.com", "streamyx.com"],
}


def hkid(rng):
    return "%s%s(%s)" % (rng.choice("ACDEGHKPRVYZ"), _d(rng, 6), rng.choice("0123456789A"))


REGIONS["HK"] = {
    "cultures": ["hkcn"],
    "phone": lambda r: _ph(r, "+852", "", [4, 4]),
    "ids": [("HKID", hkid), ("MPF acc", lambda r: _d(r, 10)), ("policy", lambda r: "P" + _d(r, 8))],
    "postcode": None,
    "address": lambda r: "Flat %d%s, %d/F, %d %s" % (r.randint(1, 30), r.choice("ABCDEFGH"), r.randint(2, 40), r.randint(1, 300),
                                                    r.choice(["Nathan Road", "King's Road", "Tai Po Road", "Shau Kei Wan Road", "Castle Peak Road"])),
    "streets": ["Nathan Road", "Queen's Road Central", "Hennessy Road", "Des Voeux Road"],
    "suburbs": [],
    "cities": ["Hong Kong", "Kowloon", "Sha Tin", "Tsuen Wan", "Tuen Mun", "Mong Kok"],
    "cur": "HK$", "iban": None, "email": ["gmail.com", "yahoo.com.hk", "netvigator.com", "hotmail.com"],
}
REGIONS["PH"] = {
    "cultures": ["tagalog", "visayan"],
    "phone": lambda r: r.choice(["+63 9%s %s %s", "09%s-%s-%s", "09%s %s %s"]) % (_d(r, 2), _d(r, 3), _d(r, 4)),
    "ids": [("SSS no", lambda r: "%s-%s-%s" % (_d(r, 2), _d(r, 7), _d(r, 1))),
            ("TIN", lambda r: "%s-%s-%s-000" % (_d(r, 3), _d(r, 3), _d(r, 3))),
            ("PhilHealth no", lambda r: "%s-%s-%s" % (_d(r, 2), _d(r, 9), _d(r, 1))),
            ("PhilSys no", lambda r: "%s-%s-%s-%s" % (_d(r, 4), _d(r, 4), _d(r, 4), _d(r, 4)))],
    "postcode": lambda r: r.choice(["1100", "1600", "6000", "1200", "8000", "4026", "6014"]),
    "address": lambda r: "%d %s, Brgy. %s" % (r.randint(1, 400), r.choice(["Rizal St.", "Mabini St.", "Osmeña Blvd", "Katipunan Ave", "P. Burgos St."]),
                                             r.choice(["San Antonio", "Lahug", "Poblacion", "Malate", "Kamuning"])),
    "streets": ["EDSA", "Ayala Avenue", "Colon Street", "Roxas Boulevard"],
    "suburbs": [],
    "cities": ["Manila", "Quezon City", "Cebu City", "Davao", "Makati", "Iloilo", "Taguig"],
    "cur": "PHP ", "iban": None, "email": ["gmail.com", "yahoo.com", "ymail.com"],
}
REGIONS["KSA"] = {
    "cultures": ["saudi", "kerala", "pakistani", "tagalog"],
    "phone": lambda r: _ph(r, "+966 5" + r.choice("0345"), "05" + r.choice("0345") + " ", [3, 4]),
    "ids": [("Iqama", lambda r: "2" + _d(r, 9)), ("national ID", lambda r: "1" + _d(r, 9)),
            ("Absher ref", lambda r: _d(r, 10))],
    "postcode": lambda r: r.choice(["12271", "11564", "21589", "31952", "13241"]),
    "address": lambda r: "%d %s, %s" % (r.randint(1000, 9999), r.choice(["Prince Sultan St", "Al Olaya St", "Tahlia St", "King Abdullah Rd"]), r.choice(["Al Olaya", "Al Rawdah", "Al Malqa", "Al Hamra"])),
    "streets": ["King Fahd Road", "Tahlia Street", "Olaya Street"],
    "suburbs": [],
    "cities": ["Riyadh", "Jeddah", "Dammam", "Khobar", "Makkah", "Madinah"],
    "cur": "SAR ", "iban": lambda r: iban(r, "SA", r.choice(["80", "10", "45", "60"]) + _d(r, 18)),
    "email": ["gmail.com", "hotmail.com", "outlook.sa"],
}
REGIONS["OM"] = {
    "cultures": ["omani", "kerala", "pakistani"],
    "phone": lambda r: _ph(r, "+968 9", "9", [3, 4]),
    "ids": [("civil ID", lambda r: _d(r, 8)), ("resident card", lambda r: _d(r, 9)),
            ("cust no", lambda r: "BM" + _d(r, 7))],
    "postcode": lambda r: "PC " + r.choice(["112", "130", "133", "111", "211", "611"]),
    "address": lambda r: "Way %d, House %d, %s" % (r.randint(1000, 9999), r.randint(1, 900), r.choice(["Al Khuwair", "Qurum", "Al Ghubrah", "Bawshar", "Ruwi"])),
    "streets": ["Sultan Qaboos Street", "Al Khuwair Street", "18th November Street"],
    "suburbs": [],
    "cities": ["Muscat", "Salalah", "Sohar", "Nizwa", "Sur", "Seeb"],
    "cur": "OMR ", "iban": lambda r: iban(r, "OM", _d(r, 3) + _d(r, 16)),
    "email": ["gmail.com", "omantel.net.om", "hotmail.com"],
}


def address(rng, reg):
    if "address" in reg and (not reg["streets"] or rng.random() < 0.7):
        return reg["address"](rng)
    n = rng.randint(1, 350)
    st = rng.choice(reg["streets"])
    f = rng.random()
    if f < 0.3 and reg["suburbs"]:
        return "%d %s, %s" % (n, st, rng.choice(reg["suburbs"]))
    if f < 0.5:
        return "Flat %d%s, %d %s" % (rng.randint(1, 40), rng.choice("ABCD"), n, st)
    if f < 0.6:
        return "Unit %d, %d %s" % (rng.randint(1, 30), n, st)
    return "%d %s" % (n, st)


# ------------------------------------------------------------ names

def make_name(rng, culture):
    p = POOLS[culture]
    g = rng.choice(p["given"])
    fem = g.startswith("*")
    g = g.lstrip("*")
    f = rng.choice(p["family"])
    style = p["style"]
    n = {"given": g, "family": f, "short": g}
    if style == "fg":                       # Singapore Chinese: Tan Wei Ming
        n["full"] = "%s %s" % (f, g)
        n["crm"] = rng.choice(["%s %s" % (f.upper(), g.upper()), "%s, %s" % (f.upper(), g)])
        n["initf"] = "%s %s" % (f, "".join(w[0] for w in g.split()))
    elif style == "hk":                     # CHAN Tai-man / Peter Chan Tai-man
        eng = rng.choice(p["english"])
        r = rng.random()
        if r < 0.35:
            n["full"] = "%s %s" % (f, g)
        elif r < 0.65:
            n["full"] = "%s %s %s" % (eng, f, g)
        else:
            n["full"] = "%s %s" % (eng, f)
            n["given"] = eng
        n["crm"] = "%s %s" % (f.upper(), g.replace("-", " ").title())
        n["initf"] = "%s. %s" % (n["given"][0], f)
    elif style in ("malay", "indmy", "anak", "arab"):
        link = {"malay": "binti" if fem else "bin", "indmy": "a/p" if fem else "a/l",
                "anak": "anak", "arab": "bint" if fem else "bin"}[style]
        if style == "arab":
            father = rng.choice([x for x in p["given"] if not x.startswith("*")])
            n["full"] = rng.choice(["%s %s" % (g, f), "%s %s %s %s" % (g, link, father, f),
                                    "%s %s %s" % (g, father, f)])
            n["crm"] = "%s, %s" % (f.upper(), g)
            n["initf"] = "%s. %s" % (g[0], f)
        else:
            n["full"] = "%s %s %s" % (g, link, f)
            n["crm"] = "%s %s %s" % (g.upper(), link.upper(), f.upper())
            n["family"] = f
            n["initf"] = g.split()[0]
    elif style == "ph":                     # Maria L. Santos / Juan dela Cruz
        mid = rng.choice(p["family"])
        n["full"] = rng.choice(["%s %s" % (g, f), "%s %s. %s" % (g, mid[0].upper(), f),
                                "%s %s %s" % (g, mid, f)])
        n["crm"] = "%s, %s" % (f.upper(), g)
        n["initf"] = "%s. %s" % (g[0], f)
    else:
        n["full"] = "%s %s" % (g, f)
        n["crm"] = "%s, %s" % (f.upper(), g)
        n["initf"] = "%s. %s" % (g[0], f)
        if culture == "kerala" and rng.random() < 0.4:   # initial-first order
            n["full"] = "%s. %s" % (f[0], g) if rng.random() < 0.5 else "%s %s" % (g, f[0])
            n["initf"] = n["full"]
    return n


# ------------------------------------------------------------ templates
# slots: {full} {given} {family} {crm} {initf} {full2} {given2} (second person)
#        {email} {phone} {card} {idlab} {id} {address} {postcode} {ip} {url} {iban} {dob}
#        ordinary: {bank} {product} {team} {channel} {weekday} {month} {amount} {count}
#        {code} {city} {street} {title}
PII_T = [
    "spoke to {title} {family} re {product}, sorted b4 {weekday} cut-off. cx happy, thx {team}",
    "{crm} | {idlab} {id} | {product} reinstated, no fee charged. Win for {team}",
    "Name: {full}\nDOB: {dob}\nIssue: {product} declined at {bank}. Fixed via {channel}",
    "cx {given} called from {phone} abt {product}, waived {amount} penalty, very grateful",
    "Thanks to {given2} from {team} who helped {full} update email to {email} same day",
    "{given}'s {product} claim approved, payout of {amount} into {iban} by {weekday}",
    "verified {full} with {idlab} {id} and dob {dob}, card ending reissued to {address}",
    "customer {full} at {address}, {city} {postcode} got the {product} delivered in {count} days",
    "flagged login from {ip} on {given}'s profile, cx confirmed it was her cousin, no fraud",
    "{title} {full} ({idlab}: {id}) pls call back on {phone} when {product} is ready",
    "caller said card {card} was swallowed at {bank} ATM on {street}, new card ordered, cx thrilled",
    "linkedin {url} matched the employer letter for {full}, salary transfer approved",
    "hi team, just wanted to say {full} was over the moon after we cleared the {amount} reversal",
    "cx {given} {family} dob {dob} ph {phone} wanted {product} - done in {count} mins",
    "email from {email}: 'thank you {given2} for sorting my {product}' - forwarding to {team}",
]
NOPII_T = [
    "{product} backlog cleared by {team} before {weekday} standup, {count} cases closed",
    "{bank} outage on {channel} resolved at 14:05, {count} cx called back, no complaints",
    "customer happy with {product} turnaround, {amount} refunded within {count} days",
    "{city} branch queue down to {count} mins after {team} moved to {channel}",
    "pls note {product} promo ends 30 {month}, code {code}, quote to all walk-ins",
    "cx at {street} branch in {city} praised the {team} for the {product} help",
    "{month} target hit: {count} {product} upgrades via {channel}, well done {team}",
    "escalated {code} to {team} on {weekday}, resolved same day, cx thx us",
    "cx called re {product}, explained {bank} fees, no further action, happy outcome",
    "{team} fixed the {channel} bug that was blocking {product} renewals in {city}",
    "reminder: {product} forms go to {team} by {weekday} 16:00, ref {code}",
    "walk-in at {city} Mall kiosk, {product} explained, cx signed up for {bank} app",
    "Great feedback on {channel} today, {count} five-star ratings for {team}",
    "voice note transcribed: customer says the {product} was the best thing {bank} did for them",
    "{product} stock arrived at {city} pharmacy on {weekday}, all {count} pending scripts filled",
]



PII_T += [
    "SURNAME, Given: {crm}\nRef: {idlab} {id}\nOutcome: {product} approved after {team} review",
    "cx {given} pls call on {phone} b4 5pm, ur {product} is ready for collection at {city} branch",
    "spoke to {full} who said thx so much for reversing the {amount} debit on {weekday}",
    "thanks to {given2} in {team}, {title} {family}'s {product} went through in {count} mins",
    "- caller: {full}\n- {idlab}: {id}\n- dob: {dob}\n- result: {product} reactivated, cx delighted",
    "Dear team, {title} {full} called to praise {given2} from {team} for the {product} help. Regards",
    "so the customer {given} {family} phoned in and said the {product} was stuck since {month} and we sorted it and she was so happy",
    "ok so {full} rang from {phone} and basically the {bank} card was blocked and we unblocked it and he said thank you",
    "\"{given}\" (as she likes to be called) got her {product} refund of {amount} via {channel}",
    "{full} - {idlab} {id} - {product} claim paid {amount}, closing ticket",
    "Pharmacy note: {full} dob {dob} collected {product} at {city} store, counselling done",
    "member {full}, {idlab} {id}, benefits reinstated from 1 {month}, very relieved",
    "cx updated address to {address}, {postcode}, new {product} posted {weekday}",
    "new address on file: {address}, {city}. cx {given} confirmed via {channel}",
    "IBAN {iban} verified for {full}, {product} payout released by {team}",
    "cx {given} asked us to send the refund of {amount} to {iban}, done, cx happy",
    "login alert from {ip} was {given} on hotel wifi in {city}, unlocked profile, no further action",
    "device {ip} whitelisted for {full} after OTP check, {product} access restored",
    "{title} {family} shared {url} for the KYC refresh, {team} accepted it, account unfrozen",
    "profile {url} used to confirm employer for {full}'s {product} application",
    "card {card} blocked at cx request, replacement {product} sent to {address}",
    "cx read out card no {card} on the call (!!), masked in notes, fraud desk informed, {given} ok",
    "{given} emailed from {email} to say the {product} app update fixed her issue, thx {team}",
    "pls update email for {crm} to {email} - done, confirmation sent via {channel}",
    "cx {full} dob {dob} ({idlab} {id}) asked for statement, emailed to {email}",
    "thx {given2} for covering the {team} queue, {full} left 5 stars on {channel}",
    "win: {full} from {city} finally got the {product} after {count} wks, big thanks to {given2}",
    "{given} {family} tel {phone} - callback done, {product} explained, no complaint lodged",
    "Name: {full} | Tel: {phone} | {idlab}: {id} | Note: {product} restored",
    "escalation closed: {crm}, {product}, {amount} goodwill credit approved by {given2}",
    "cx was {given}, said 'u guys r the best', {product} sorted in {count} mins",
    "{title} {full} walked in at {city} branch, dob {dob}, new {product} issued on the spot",
    "mama {given} came to the desk re {product} for her son, we explained the forms, she was happy",
    "{family} family policy {id} renewed, {product} rider added, thank you {given2}",
    "Hi {given}, thanks for your patience, your {product} is now active. - {team} (copied from email)",
    "remote session from {ip}, cx {full} confirmed, {product} PIN reset, sorted",
    "Re: {idlab} {id} - {full} confirmed dob {dob}, claim of {amount} approved",
    "{given}'s mum called on {phone} to say thanks for the {product} help on {weekday}",
    "note frm {given2}: cx {full} was very rude at first but left happy after the {product} fix lol",
    "verified via {idlab} {id}, ph {phone}, email {email} - {given} now enrolled in {product}",
    "kindly note {title} {full} of {address}, {postcode} received the {product} letter, thank you",
    "{full} ({email}) thx for the quick {product} turnaround, said {team} is amazing",
    "pls flag {crm} as VIP, {product} issue resolved by {given2} b4 month end",
    "cx {initf} called re {product}, waived {amount} fee, cx v happy",
    "{initf} ({idlab} {id}) got the {product} reversal within {count} hrs, thx {team}",
]
NOPII_T += [
    "{team} cleared {count} {product} tickets on {weekday}, avg handle time down to {count} mins",
    "pls remind walk-ins that {bank} branches in {city} close at 15:30 on {weekday}",
    "{month} NPS up {count} pts, most praise for {product} and {channel} support",
    "cx asked abt {product} rates, sent the {bank} brochure via {channel}, no details taken",
    "power outage at {city} branch, moved queue to {channel}, all {count} cx served",
    "{product} promo code {code} working again after {team} fix, thx all",
    "anonymous caller praised the {product} process, wanted to thank the {team} team",
    "stock of {product} low in {city} pharmacy, ordered {count} units from the {country} supplier",
    "wk {count} summary: {count} wins, {count} escalations, {product} most asked about",
    "system upgrade on {weekday} night, {channel} down 01:00-03:00, inform cx b4 hand",
    "cx couldnt log in to the {bank} app, cleared cache, worked, happy",
    "reminder that {product} claims need the original receipt, not a photo, per {team}",
    "{team} hosted the {city} roadshow on {weekday}, {count} sign-ups for {product}",
    "FYI {bank} and {bank} rates changed on 1 {month}, update the {product} script",
    "voice to text: the customer said thank you very much the {product} is working now have a blessed day",
    "queue {code} merged into {team}, {channel} wait time now under {count} mins",
    "cx from {country} asked if {product} works abroad, confirmed yes for {count} countries",
    "great job all on {weekday}, {count} {product} renewals and zero complaints",
    "moved {product} training to {weekday} 10am, room 4B, {team} to attend",
    "cx paid {amount} at {street} agent, receipt matched, {product} active",
    "- issue: {product} failing on {channel}\n- fix: {team} patched\n- cx impact: {count} callbacks done",
    "Thx {team}! {month} was our best month for {product} in {city}",
]


def ordinary(rng, slot, reg):
    if slot == "bank":
        return rng.choice(BANKS)
    if slot == "product":
        return rng.choice(PRODUCTS)
    if slot == "team":
        return rng.choice(TEAMS)
    if slot == "channel":
        return rng.choice(CHANNELS)
    if slot == "weekday":
        return rng.choice(WEEKDAYS)
    if slot == "month":
        return rng.choice(MONTHS)
    if slot == "amount":
        return "%s%s" % (reg["cur"], rng.choice(["150", "1,200", "499.99", "2 500", "75", "12,000", "3,450.00"]))
    if slot == "count":
        return str(rng.randint(2, 48))
    if slot == "code":
        return rng.choice(["PRM", "CRD", "INS", "RX", "BEN"]) + "-" + _d(rng, 3) + rng.choice(["", "A", "X"])
    if slot == "street":
        return rng.choice(reg["streets"])
    if slot == "country":
        return rng.choice(["Kenya", "Nigeria", "Ghana", "South Africa", "Singapore", "Malaysia", "Oman",
                           "Saudi Arabia", "UAE", "Philippines", "Uganda", "Zambia", "India", "Pakistan"])
    if slot == "title":
        return rng.choice(["Mr", "Ms", "Mrs", "Dr", "Madam", "Sir"])
    raise KeyError(slot)


SLOT_RE = re.compile(r"\{(\w+)\}")
NAME_SLOTS = {"full", "given", "family", "crm", "initf", "full2", "given2", "family2"}


def email_for(rng, n, reg):
    g = fold(n["given"]).replace(" ", "").replace("'", "")
    f = fold(n["family"]).replace(" ", "").replace("'", "").replace("-", "")
    local = rng.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s_%s%d" % (f, g, rng.randint(1, 99)),
                        "%s%d" % (g, rng.randint(70, 2005))])
    return "%s@%s" % (local, rng.choice(reg["email"]))


def url_for(rng, n):
    g = fold(n["given"]).replace(" ", "").replace("'", "")
    f = fold(n["family"]).replace(" ", "").replace("'", "")
    return rng.choice(["https://www.linkedin.com/in/%s-%s-%d" % (g, f, rng.randint(10, 999)),
                       "facebook.com/%s.%s" % (g, f),
                       "https://portal.example-bank.com/customers/%s" % _d(rng, 8),
                       "instagram.com/%s_%s" % (g, f)])


def fill(rng, tpl):
    keys = [k for k in REGIONS if any(c in POOLS for c in REGIONS[k]["cultures"])]
    if "{iban}" in tpl:
        keys = [k for k in keys if REGIONS[k]["iban"]]
    if "{postcode}" in tpl:
        keys = [k for k in keys if REGIONS[k]["postcode"]]
    reg_key = rng.choice(keys)
    reg = REGIONS[reg_key]
    cults = [c for c in reg["cultures"] if c in POOLS]
    n1 = make_name(rng, rng.choice(cults))
    n2 = make_name(rng, rng.choice(cults))
    idlab, idfn = rng.choice(reg["ids"])
    parts = []
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            parts.append((tpl[pos:m.start()], "o"))
        s = m.group(1)
        pos = m.end()
        if s in NAME_SLOTS:
            n = n2 if s.endswith("2") else n1
            key = s.rstrip("2")
            parts.append((n[key], "name"))
        elif s == "email":
            parts.append((email_for(rng, n1, reg), "email"))
        elif s == "phone":
            parts.append((reg["phone"](rng), "phone"))
        elif s == "card":
            parts.append((card(rng), "card"))
        elif s == "idlab":
            parts.append((idlab, "o"))
        elif s == "id":
            parts.append((idfn(rng), "id"))
        elif s == "address":
            parts.append((address(rng, reg), "address"))
        elif s == "postcode":
            pc = reg["postcode"](rng) if reg["postcode"] else None
            if pc is None:
                continue
            parts.append((pc, "postcode"))
        elif s == "ip":
            parts.append((ip(rng), "ip"))
        elif s == "url":
            parts.append((url_for(rng, n1), "url"))
        elif s == "iban":
            if reg["iban"]:
                parts.append((reg["iban"](rng), "iban"))
            else:
                parts.append(("acc " + _d(rng, 10), "o") if False else (_d(rng, 10), "id"))
        elif s == "dob":
            parts.append((dob(rng), "dob"))
        elif s == "city":
            parts.append((rng.choice(reg["cities"]), "~"))
        else:
            parts.append((ordinary(rng, s, reg), "o"))
    if pos < len(tpl):
        parts.append((tpl[pos:], "o"))
    return parts


def normalise(parts, lower):
    out = []
    for t, lab in parts:
        t = t.replace("\n", " / ")
        if lower:
            t = t.lower()
        if lab != "o":
            s = t.strip()
            lead = t[:len(t) - len(t.lstrip())]
            trail = t[len(t.rstrip()):]
            if lead:
                out.append((lead, "o"))
            out.append((s, lab))
            if trail:
                out.append((trail, "o"))
        else:
            out.append((t, "o"))
    merged = []
    for t, lab in out:
        if not t:
            continue
        if merged and lab == "o" and merged[-1][1] == "o":
            merged[-1] = (merged[-1][0] + t, "o")
        else:
            merged.append((t, lab))
    # collapse double spaces inside o parts (from skipped slots)
    merged = [(re.sub(r"  +", " ", t), lab) if lab == "o" else (t, lab) for t, lab in merged]
    return merged


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold()


def name_words(parts):
    words = set()
    for t, lab in parts:
        if lab != "name":
            continue
        f = fold(t)
        for w in re.split(r"[\s,.\-]+", f):
            w = w.strip("'\"()")
            if w:
                words.add(w)
                words.add(w.replace("'", ""))
                words.update(x for x in w.split("'") if x)
    return words


_CACHE = {}


def _build():
    if "notes" in _CACHE:
        return _CACHE["notes"]
    rng = random.Random(SEED)
    notes = []
    seen = set()
    tries = 0
    while len(notes) < N_NOTES and tries < N_NOTES * 50:
        tries += 1
        if rng.random() < 0.45:
            tpl = rng.choice(NOPII_T)
        else:
            tpl = rng.choice(PII_T)
        parts = normalise(fill(rng, tpl), rng.random() < 0.34)
        text = "".join(t for t, _ in parts)
        nw = len(text.split())
        if not 5 <= nw <= 45 or text in seen:
            continue
        seen.add(text)
        notes.append(parts)
    _CACHE["notes"] = notes
    return notes


def blind_notes(listed: frozenset) -> list:
    """Return the notes: each note is a list of (text, label) parts, in order; joining
    the texts gives the note. Drop (do not return) every note in which any word of a
    "name" part, case-folded and accent-folded, is in `listed` (compare folded forms)."""
    lst = {fold(w) for w in listed}
    out = []
    for parts in _build():
        if lst and name_words(parts) & lst:
            continue
        out.append([tuple(p) for p in parts])
    return out


def _check(notes):
    seen = set()
    for parts in notes:
        assert parts
        for i, (t, lab) in enumerate(parts):
            assert lab in LABELS, lab
            assert t
            if lab != "o":
                assert t == t.strip(), repr(t)
            if i and lab == "o":
                assert parts[i - 1][1] != "o"
        text = "".join(t for t, _ in parts)
        assert "\n" not in text
        assert 5 <= len(text.split()) <= 45, text
        assert text not in seen
        seen.add(text)


if __name__ == "__main__":
    from collections import Counter
    allnotes = blind_notes(frozenset())
    _check(allnotes)
    assert len(allnotes) == N_NOTES, len(allnotes)
    sample = frozenset(["Dlamini", "wanjiru", "TAN", "mansoori", "Adébayo", "chan", "Mensah", "NAIR", "khan", "Santos", "Osmena", "bin"])
    sub = blind_notes(sample)
    _check(sub)
    sf = {fold(w) for w in sample}
    for parts in sub:
        assert not (name_words(parts) & sf)
    assert len(sub) < len(allnotes)
    c = Counter(lab for parts in allnotes for _, lab in parts)
    print("notes:", len(allnotes), "| with sample listed:", len(sub))
    print("label counts:", {k: c.get(k, 0) for k in LABELS})
    text = ["".join(t for t, _ in p) for p in allnotes]
    low = sum(1 for t in text if t == t.lower())
    nopii = sum(1 for p in allnotes if all(l in ("o", "~") for _, l in p))
    print("lower-case share: %.3f" % (low / len(text)))
    print("no-personal-data share: %.3f" % (nopii / len(text)))
    print("templates: pii=%d nopii=%d pools=%d" % (len(PII_T), len(NOPII_T), len(POOLS)))
    r = random.Random(1)
    for p in r.sample(allnotes, 10):
        print(" -", "".join(t for t, _ in p))
