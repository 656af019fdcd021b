#!/usr/bin/env python3
"""Blind evaluation set N: customer-win notes from African contact centres and
African diaspora desks (UK/US). Standard library only, deterministic."""
import random
import re
import unicodedata

SEED = 20240611
LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")
N_NOTES = 1000
N_NOPD = 450

# ---------------------------------------------------------------- name pools
C = {}


def _pool(key, m, f, s):
    C[key] = {"m": m.split(), "f": f.split(), "s": s.split()}


_pool("yoruba",
      "Adebayo Adewale Ayodele Babatunde Olumide Oluwaseun Olusegun Tunde Kayode Femi Gbenga Segun "
      "Wale Kunle Dapo Bamidele Olawale Oladipo Adekunle Ayomide Oluwafemi Akinwale Akintunde "
      "Olatunji Ademola Abiodun Taiwo Kehinde Idowu Gbolahan Oladele Babajide Adeniyi Oluwadamilare "
      "Oluwatobiloba Akanbi Alao Ajani Adisa Akande Oluwatosin Damilola",
      "Adebimpe Adenike Folake Funmilayo Funke Bukola Yetunde Titilayo Omolara Oluwakemi Bisola "
      "Morenike Abimbola Ronke Adeola Toyin Folasade Motunrayo Temitope Oluwaseyi Iyabo Ibukun "
      "Omowunmi Modupe Adunni Ajoke Olaide Oyinkansola Eniola Mojisola Opeyemi Ayinke Abeke Aduke "
      "Alake Oluwabukola Oluwafunmilayo",
      "Ogunleye Oyelaran Akinola Ogundipe Adeleke Balogun Oladipo Adesanya Ogunbiyi Olaniyan Fashola "
      "Oyewole Ajayi Afolabi Adeniran Ogunlesi Oyebanji Adegoke Akinyemi Olatunji Adewumi Ogunsanya "
      "Alabi Oyedepo Adetokunbo Ojo Oyinlola Olawuyi Ibikunle Aregbesola Adeoye Oshodi Bankole "
      "Onabanjo Akande Famuyiwa Adeyemi Adebayo Okunola Olayinka")
_pool("igbo",
      "Chukwuemeka Emeka Chinedu Obinna Ikechukwu Chidi Nnamdi Uchenna Kelechi Chibuzo Ifeanyi "
      "Chinonso Chukwuebuka Somtochukwu Chukwudi Okechukwu Tochukwu Arinze Chijioke Onyekachi "
      "Ugochukwu Ekene Kenechukwu Azubuike Obiora Chimezie Ndubuisi Kamsiyochukwu Nnaemeka "
      "Ikenna Chigozie Oluchukwu Ebube Chukwuka Izuchukwu",
      "Adaeze Chioma Ngozi Nneka Amaka Chiamaka Ifeoma Uchechi Chinwe Nkechi Obianuju Ebere Ogechi "
      "Chidinma Adanna Nkiruka Kosisochukwu Ifeyinwa Chinyere Onyinye Oluchi Ujunwa Chinenye "
      "Amarachi Munachi Somadina Chizoba Nwakaego Ezinne Ijeoma Chimamanda Adaobi Uzoamaka "
      "Mgbeke Mgbafor",
      "Okonkwo Okafor Eze Nwosu Obi Okeke Nwankwo Onyeka Ugwu Nwachukwu Okoro Chukwu Anyanwu "
      "Nnadi Ibe Okonjo Ezeh Ogbonna Iwu Nwafor Onuoha Ekwueme Umeh Obiechina Nwaneri Igwe "
      "Achebe Ezeani Ezekwesili Ozor Agu Mbah Ndukwe Nweke Nwoye Okoye Odinaka Anozie")
_pool("edo",
      "Osaro Osagie Osamudiamen Efosa Osarumwense Omoruyi Eghosa Ehizogie Iyobosa Osayande Uyi "
      "Nosakhare Ikponmwosa Osaretin Osazee Ehigie Edosa Igbinosa Osahon Osawaru Aigbe Odion "
      "Osadolor Osemwegie Omorodion Nosa Osemudiamen Ehis Idahosa Obasogie Aiwerioba Ekhosuehi",
      "Ivie Itohan Eki Osasu Eseosa Ofure Oghogho Ewaen Eghe Omosede Efe Iyobosa Ese Osayuwamen "
      "Ehinome Imuetinyan Nosayaba Uyiosa Izegbe Oyemwen Ekinadose Idia Ogiemwanre Amenze "
      "Ivbiosa Aisosa Efeosa Erhunmwunse Ogheneochuko Omonigho Isoken",
      "Obaseki Ogiemwonyi Omoregie Iyamu Aghahowa Okungbowa Izevbigie Eguavoen Irabor Enabulele "
      "Uwaifo Idemudia Aimufua Imafidon Ekhator Ogbeide Osifo Igbinedion Oronsaye Ize-Iyamu "
      "Erhabor Ehigiator Usen Osunde Ogbemudia Ihama Edokpolo Omokaro Agbonlahor Igbinovia Aisien")
_pool("efik",
      "Effiong Okon Etim Bassey Asuquo Edet Ekpo Akpan Udo Inyang Ita Eyo Archibong Nsikak Ubong "
      "Aniekan Idongesit Imoh Uwem Ekemini Utibe Kufre Aniefiok Otu Essien Ekong Offiong Okokon "
      "Ukpong Ndifreke Enobong Ifiok Nkereuwem Emediong Akaninyene",
      "Affiong Arit Adiaha Eka Ekaete Emem Itoro Mfon Nkoyo Eno Uduak Idara Aniedi Inemesit "
      "Imaobong Iquo Ima Nse Atim Ekanem Ofonime Enoabasi Mmayen Abasiama Ekom Nsisong Iniobong "
      "Uyai Ememobong Edidiong Ekaette",
      "Bassey Effiong Okon Etim Asuquo Edet Ekpo Akpan Udoh Inyang Ita Eyo Archibong Henshaw "
      "Ephraim Essien Ekong Offiong Nkanta Okokon Ukpong Umoh Udofia Etuk Essiet Akpabio Ekanem "
      "Usen Obot Ibanga Ekere Eshiet Oku Antigha Ene Etim-Bassey")
_pool("tiv",
      "Terver Terhemba Tersoo Aondofa Aondona Msughter Sesugh Iorwuese Iorbee Iornenge Torkuma "
      "Tavershima Ngutor Tertsea Fanen Iorhemen Aondoaver Kwaghga Iorkyaa Terkura Terwase "
      "Aondoakaa Terna Torsar Atser Iorzua Iorlumun Orduen Tyoapine Shaapera Iorfa Tyover",
      "Doosuur Iveren Dooshima Sewuese Mimidoo Mwuese Ngodoo Msurshima Seember Hembadoon "
      "Nguveren Dooyum Mnena Ngunan Bemshima Member Wuese Terdoo Nguamo Ngusha Ashiemar Torkwase "
      "Nguember Shimakaa Msendoo Doofan Nguhemen Kumashe Aver Mngusuur",
      "Akaa Ortom Iyorchia Gbor Tarka Aku Agber Anongo Ugba Ikyo Orkar Ioryem Atsen Nyiam Ayua "
      "Akume Gemade Hembe Tyough Dzer Utsaha Aondoakaa Shaagee Angwe Amande Iyortyom Kpera Mue "
      "Kaase Usar Uja Ityavyar Tyoor Terfa Ashiekaa")
_pool("ijaw",
      "Tonye Timipre Preye Diepreye Perekeme Ebikabowei Tamuno Boma Soala Owei Ebipade Pere "
      "Tonbara Ebimobowei Douye Sokari Kuro Ebitimi Tamunotonye Ebiowei Tonbofa Ebizi Preboye "
      "Bodiseowei Alali Tekena Abiye Telema Seiyefa Ebiakpor Ayibatonye Oyinkuro Ebinimi",
      "Ebiere Tari Ibiba Ibinabo Tarila Ibimina Erefa Belema Tamunoibi Ebiwari Timi Ebiye "
      "Ayebatari Ineba Ibiene Piriye Aseme Tubo Tamaraebi Dise Ereme Opuene Soye Pereware "
      "Inemoteibi Ebiakpo Tonte Ayebaemi Boma Ebinipre Seimiebi",
      "Alamieyeseigha Sylva Dickson Ekpemupolo Briggs Fiberesima Jumbo Kalio Dagogo Ibiama "
      "Tamuno Owoupele Sekibo Princewill Iyalla Opuiyo Ekine Membere Ogan Horsfall Wokoma "
      "Amachree Cookey Pepple Ikiriko Seibokuro Ebikeme Timiebi Boboye Tuaweri Dokubo Igoni "
      "Oruwari Tobin")
_pool("swahili",
      "Juma Omari Hamisi Rashidi Salim Athumani Bakari Abdallah Mwinyi Shabani Ramadhani Hassani "
      "Faki Mussa Khamis Suleiman Seif Othman Hamad Kassim Nassor Makame Haji Saidi Issa Abeid "
      "Badru Mbarak Twaha Zuberi Ameir Kazungu Katana Kahindi Charo Kenga Jumanne Alhamisi",
      "Mwanaisha Mwanahawa Zuhura Rehema Zawadi Fatuma Mwajuma Halima Salma Asha Mariamu Zainabu "
      "Saada Khadija Mwanamisi Tatu Mwanaidi Riziki Nuru Subira Mwanakombo Hadija Saumu Rukia "
      "Mwanahamisi Tabu Shani Sabra Bahati Mwanajuma Mishi Kadzo Dzame Mwanasha",
      "Abdallah Salim Mbarak Khamis Hamisi Bakari Omar Said Seif Mazrui Athumani Rashid Mwinyi "
      "Faki Nassor Makame Hamad Kassim Shee Baraka Jeneby Bakathir Basalama Mwamba Shauri Matano "
      "Chiro Kitsao Kazungu Katana Kahindi Ngala Charo Kenga Baya Mwadime Mwakilema")
_pool("kikuyu",
      "Kamau Njoroge Mwangi Kariuki Maina Kimani Gitau Kinyua Macharia Njenga Ngugi Wainaina "
      "Muriuki Mburu Karanja Githinji Kuria Waweru Gachanja Ndungu Mbugua Kiarie Gathogo Muchiri "
      "Wanjohi Irungu Kahiga Thuo Nderitu Gicheru Kiama Mathenge Ngige Muturi",
      "Wanjiru Wambui Njeri Wanjiku Nyambura Wairimu Wangari Muthoni Njoki Wacera Wangui Waithera "
      "Gathoni Nduta Wangechi Wanjugu Mumbi Nyokabi Wahu Waceke Wanjira Njambi Warigia Wamaitha "
      "Wanja Kabura Nyawira Mukami Kagure Wamuyu Wachuka",
      "Kamau Njoroge Mwangi Kariuki Maina Kimani Gitau Kinyua Macharia Njenga Ngugi Wainaina "
      "Muriuki Mburu Karanja Githinji Kuria Waweru Ndungu Mbugua Kiarie Gathogo Muchiri Wanjohi "
      "Irungu Kahiga Thuo Nderitu Gicheru Mathenge Muigai Gachuhi Muthaura Ngari Githongo")
_pool("luo",
      "Otieno Odhiambo Ochieng Onyango Omondi Owino Okoth Ouma Oduor Okello Opiyo Obiero Ochola "
      "Oloo Odera Omollo Ogutu Owuor Oketch Odongo Okumu Otiende Oyoo Oginga Omolo Ogola Okeyo "
      "Obonyo Orwa Ojwang Ochieng' Abong'o Onyach Ongwen",
      "Akinyi Atieno Achieng Anyango Adhiambo Awino Akoth Auma Aoko Apiyo Adoyo Amondi Aluoch "
      "Awuor Akello Ajwang Akeyo Adero Aketch Aloo Amolo Ayoo Akumu Apondi Awiti Achola Ayugi "
      "Arwa Adongo Achieng' Anyango",
      "Otieno Odhiambo Ochieng Onyango Omondi Owino Okoth Ouma Oduor Okello Opiyo Obiero Ochola "
      "Oloo Odera Omollo Ogutu Owuor Oketch Odongo Okumu Oyoo Odinga Ogola Okeyo Obonyo Orwa "
      "Ojwang Nyong'o Aluoch Ongeri Kajwang Ombaka Anyang Ayieko")
_pool("kalenjin",
      "Kipchoge Kiprotich Kiprono Kipkemboi Kibet Kiptoo Kipkoech Kipruto Kiplagat Kipsang Kimutai "
      "Kipyegon Cheruiyot Rotich Kirui Koech Langat Kiprop Kiptanui Kipketer Kiplimo Kiptum "
      "Kosgei Kemboi Korir Kigen Kipngetich Tanui Kipchumba Biwott Kiprugut Kipkorir",
      "Chebet Jepkosgei Jepchirchir Chepkoech Jeruto Chelimo Cherono Jepkemboi Chepngetich Jebet "
      "Chepkirui Jelagat Cheptoo Chemutai Chepkemoi Jepleting Cherotich Chelangat Jepchumba "
      "Chesang Jerop Chepkurui Jemutai Jepkorir Chemtai Chepng'eno Cheptai Cheruto Jemeli Jeptoo",
      "Rotich Kirui Koech Langat Kiprop Kosgei Kemboi Korir Kigen Sang Tanui Bett Biwott "
      "Cheruiyot Kiptoo Kibet Ruto Kiplagat Keter Kiprotich Kimaiyo Kiptanui Kogo Chepkwony "
      "Mutai Kibor Lagat Tergat Chumba Ngeny Kiptum Kosgey Chirchir Yego Boit Mibei")
_pool("kamba",
      "Mutua Musyoka Kioko Muthama Mwendwa Kilonzo Mutinda Muema Musau Ndambuki Kyalo Muli Nzioka "
      "Wambua Mulei Kitonga Munyao Kimeu Mbithi Mulwa Kaloki Makau Nzomo Mwanzia Kasyoki Muthoka "
      "Kivuva Mwikya Mutiso Kavita Ngila Nthiwa Kiilu",
      "Mwikali Mutheu Ndinda Mwende Kanini Syokau Mumbua Ndunge Kalekye Kavata Mueni Mwongeli "
      "Kasiva Syombua Nthenya Mbithe Wayua Katunge Ndanu Kaluki Nduku Kaveke Mwelu Kasyoka Munee "
      "Kamene Kavindu Syokimau Wavinya Nzisa Mutanu",
      "Mutua Musyoka Kioko Muthama Mwendwa Kilonzo Mutinda Muema Musau Ndambuki Kyalo Muli "
      "Nzioka Wambua Mulei Kitonga Munyao Kimeu Mbithi Mulwa Kaloki Makau Nzomo Mwanzia Muthoka "
      "Kivuva Mutiso Kavita Ngilu Nthiwa Kiilu Mwau Kibwana Kituku Kalembe")
_pool("luhya",
      "Wekesa Wafula Barasa Wanyama Simiyu Wanjala Masinde Khaemba Makokha Shikuku Wamalwa Khisa "
      "Nyongesa Sifuna Wasike Shitanda Murunga Mulama Lusweti Muliro Waswa Wangila Ambani Isiaho "
      "Amukoya Kweyu Namwamba Wekulo Mukhwana Otsieno Khamala Wabwire",
      "Nafula Nasimiyu Nanjala Naliaka Nekesa Nabwire Nangila Nasike Nabalayo Namalwa Nelima "
      "Nasambu Nanzala Nambuye Nabangala Naswa Nakhumicha Navalayo Nabiswa Ayuma Imali Kageha "
      "Mideva Kavetsa Vugutsa Alivitsa Amboko Nanjekho Nekoye Nafuna Namukhula Asikoye",
      "Wekesa Wafula Barasa Wanyama Simiyu Wanjala Masinde Khaemba Makokha Shikuku Wamalwa "
      "Mudavadi Khisa Nyongesa Sifuna Wasike Shitanda Murunga Mulama Lusweti Muliro Waswa Wangila "
      "Ambani Isiaho Amukoya Kweyu Namwamba Khalwale Wetangula Namiinda Wakoli Weyusia Ongoya")
_pool("chaga",
      "Elibariki Elisante Elimringi Elineema Eliamani Elihuruma Eliakunda Elikana Eliud Godlisten "
      "Godbless Godson Deogratias Faustine Erasto Ndesanjo Ndesamburo Ombeni Tumaini Baraka Amani "
      "Sifael Wilbroad Gaudence Dismas Evarist Gasper Ignas Melkiori Aloyce Elisamia Mringi",
      "Ndeshi Neema Upendo Furaha Imani Rehema Eliaichi Lightness Happyness Glory Witness Pendo "
      "Loveness Agness Editha Magreth Jesca Theresia Scholastica Restituta Consolata Winfrida "
      "Godliver Elinuru Anande Zawadi Ndekirwa Elinaike Mnaku Tumainieli Anyesi",
      "Mushi Massawe Kimaro Mrema Lyimo Shirima Tarimo Swai Temba Urassa Minja Mallya Mlay Kileo "
      "Mtui Marealle Ngowi Assenga Kavishe Mbowe Kiwelu Kisanga Ringo Lema Shayo Moshi Makyao "
      "Mosha Kaaya Lyatuu Msuya Matemu Mmari Materu Meena Tesha")
_pool("amharic",
      "Abebe Alemayehu Tesfaye Getachew Girma Solomon Dawit Yohannes Haile Mulugeta Bekele "
      "Tadesse Kebede Tekle Berhanu Mesfin Yonas Fikru Asfaw Tewodros Wondwossen Negash Demissie "
      "Desta Habtamu Henok Biniam Ermias Kidus Amanuel Mekonnen Tilahun Zerihun Worku Yared Eyob "
      "Natnael Dagim",
      "Almaz Tigist Meseret Selam Hiwot Mekdes Saba Tsion Bethlehem Meron Eden Liya Senait Abeba "
      "Aster Birtukan Genet Azeb Mahlet Rahel Tirunesh Yeshi Zewditu Etenesh Feven Tsehay Fasika "
      "Lemlem Netsanet Konjit Mulu Wubit Frehiwot Kalkidan Tizita Selamawit Tsedey",
      "Bekele Tadesse Kebede Alemu Getachew Girma Haile Tesfaye Worku Mengistu Abebe Desta "
      "Demissie Mulugeta Negash Asfaw Wolde Gebre Gebremedhin Hailemariam Tekle Berhanu Mekonnen "
      "Tilahun Zewde Woldemariam Assefa Shiferaw Ayele Legesse Ayalew Yilma Kassa Belay Mersha "
      "Fikre Tefera")
_pool("zulu",
      "Sipho Themba Bongani Mandla Sibusiso Sifiso Nkosinathi Mthunzi Lungelo Siyabonga Sandile "
      "Thulani Njabulo Vusumuzi Vusi Bheki Jabulani Mlungisi Lwazi Andile Mzwandile Mxolisi "
      "Nhlanhla Phila Mfundo Khulekani Zweli Sakhile Dumisani Kwanele Senzo Sanele Bonginkosi",
      "Nomvula Thandiwe Zanele Nokuthula Sibongile Lindiwe Ntombi Nonhlanhla Zodwa Thembi "
      "Busisiwe Nompumelelo Ayanda Zinhle Nandi Khanyisile Nosipho Hlengiwe Phumzile Sindisiwe "
      "Nokwanda Thandeka Lungile Slindile Zandile Mbali Nosihle Zama Ntokozo Londiwe Nomsa "
      "Gugu Bongiwe Sinenhlanhla",
      "Dlamini Zulu Ndlovu Nkosi Mkhize Khumalo Ngcobo Mthembu Buthelezi Shabalala Zungu Cele "
      "Gumede Ntuli Majola Mthethwa Sithole Hadebe Ngubane Mabaso Zondi Khoza Nxumalo Msomi "
      "Mchunu Ngema Mbatha Shezi Luthuli Magubane Biyela Xulu Mlambo Mhlongo Radebe Ntshangase")
_pool("ndebele",
      "Sibusiso Nkosana Mthulisi Thabani Mpumelelo Bhekimpilo Ntando Thulani Mandla Zenzo "
      "Dumisani Sizwe Mehluli Nqobizitha Ndumiso Bongani Sikhumbuzo Mbekezeli Melusi Nhlanhla "
      "Siphosethu Nkululeko Mduduzi Lindani Njabulo Mqondisi Bukhosi Mkhululi Mthokozisi Qhubani "
      "Sakhile Thembinkosi",
      "Nomalanga Sithandazile Sikhanyisiwe Nokuthula Thandiwe Sibongile Nomathemba Zanele "
      "Ntombizodwa Sinqobile Nobuhle Siphiwe Nomagugu Thokozile Silethiwe Busisiwe Sithembile "
      "Sibusisiwe Nqobile Zibusiso Nosizo Ntombizethu Simangaliso Thandolwayo Nomazulu Gugulethu "
      "Nokukhanya Sinikiwe Nkanyiso Nomvelo Sithabile",
      "Ncube Moyo Ndlovu Sibanda Dube Nkomo Mpofu Khumalo Mlilo Tshuma Nyathi Mathe Sithole "
      "Mahlangu Masuku Mthethwa Mabhena Ngwenya Hlabangana Mlotshwa Siziba Mguni Tshabalala "
      "Ndiweni Mkandla Nkala Mthimkhulu Maphosa Mhlanga Mlalazi Dlodlo Sigola Bhebhe Masilela")
_pool("tsonga",
      "Hlulani Ntsako Rhulani Nyiko Tiyani Kulani Vutomi Hlengani Tsundzukani Hitekani Nhlamulo "
      "Ndzalama Tinyiko Langutani Mbhoni Vongani Risuna Nkateko Mafemani Khazamula Amukelani "
      "Mkhacani Ripfumelo Fumani Vukosi Tshembani Kurhula Hasani Mzamani Akani Ntiyiso Xihlovo",
      "Tsakani Khensani Rirhandzu Basani Nkhensani Mihloti Hlamalani Masingita Tsakisani Nyeleti "
      "Dzunisani Tintswalo Xiluva Nhlalala Kurisani Vutlhari Ntsakisi Hlayisani Mikateko "
      "Minkateko Yingisani Nsovo Hlekani Ntwanano Tirhani Nyiko Rhandzu Khanyisa Tsundzuka "
      "Vuyisile",
      "Baloyi Maluleke Mathebula Chauke Shivambu Ngobeni Hlungwani Mabunda Mashaba Mthombeni "
      "Novela Rikhotso Khosa Nkuna Mahlaule Makhubele Mashele Shikwambana Maswanganyi Ngoveni "
      "Sambo Valoyi Nkwinika Mayimele Mabasa Chabalala Mkhabela Manganyi Hlongwane Shirindza "
      "Mathye Risenga Chavalala")
_pool("venda",
      "Tshilidzi Rudzani Ndivhuwo Mashudu Khathutshelo Livhuwani Takalani Lufuno Ntshengedzeni "
      "Rotondwa Murendeni Fhatuwani Mulalo Thivhulawi Azwinndini Pfarelo Vhutshilo Ndamulelo "
      "Tshifhiwa Maanda Ronewa Phathutshedzo Fulufhelo Humbulani Rofhiwa Tshimangadzo Gundo "
      "Shonisani Khodani Dakalo Thendo Mutshidzi",
      "Masindi Rendani Ntsieni Vhuhwavho Tshimangadzo Ndivhuwo Mashudu Aluwani Dakalo Rudzani "
      "Pfunzo Lufuno Tshililo Thendo Fulufhelo Rotondwa Takalani Phindulo Mukondeleli Ndiafhi "
      "Orifha Azwifarwi Muofhe Khodani Livhuwani Unarine Vhahangwele Ronewa Tshedza Humbelani "
      "Tshiwela Mpfuneleni",
      "Mudau Netshitenzhe Nemakonde Mphephu Ramabulana Tshivhase Mukhuba Nevhutalu Ravele Munyai "
      "Tshikalange Ramovha Mulaudzi Nemutanzhela Mbedzi Nethengwe Makhado Madzivhandila "
      "Tshisikule Ratshitanga Sikhwari Netshiongolwe Ndou Mudzanani Raphalalani Nemavhola "
      "Tshivhula Mathivha Mugwena Ramudzuli Netshidzivhe Madima Maumela Mashau Muthelo")
_pool("pedi",
      "Thabo Tshepo Lesiba Kgothatso Lehlogonolo Mahlatse Tumelo Katlego Thabang Tebogo Kamogelo "
      "Mogale Phuti Kabelo Lethabo Karabo Kgabo Tshiamo Seabelo Sello Mothibi Tlou Lesetja "
      "Matome Makgabo Phuthego Kagiso Pule Lebogang Itumeleng Koketso Mothusi Moloko",
      "Mokgadi Morongwa Mmapula Dikeledi Puleng Lerato Mahlogonolo Refilwe Kgomotso Masego "
      "Nthabiseng Boitumelo Palesa Kedibone Matshidiso Nthabeleng Seipati Mamokgethi Mmaphuti "
      "Tshegofatso Maite Mankwana Motlatso Mapula Raisibe Ditebogo Khomotso Mmabatho Lesedi "
      "Naledi Nkgopoleng",
      "Maepa Mphahlele Sekhukhune Mabotja Moloto Mathole Mogale Masemola Makgoba Ledwaba Mothapo "
      "Sebola Kgatla Lekganyane Nkadimeng Mokgoko Manamela Mametja Sekgobela Mabitsela Maphutha "
      "Mmola Ramokgopa Mashabela Rakgoale Maake Chuene Thobejane Seopela Kekana Molepo Ngoepe "
      "Sehlapelo Makwela Magakwe")
_pool("tonga",
      "Mweemba Choongo Mainza Haamoonga Hakainde Cheelo Milimo Maambo Nkomba Mwiinga Nchimunya "
      "Muleya Munsaka Chilala Mudenda Siamwiza Bbuku Syakalima Hachipuka Simweemba Lweendo "
      "Hamududu Moonga Hanjalika Namoonga Siabasimbi Muunda Simuunza Jabbi Habeenzu Cibbuku "
      "Hamaundu",
      "Mutinta Luyando Choolwe Chileleko Mwaanza Nchimunya Lweendo Mazuba Chipego Twaambo "
      "Munsanje Mwiza Bubile Kuumba Lubono Inonge Mapenzi Bbalo Cimuka Namwaaka Nsofwa "
      "Mweetwa Chabota Muchimba Lushomo Kasiya Mwaka Maybin Bbenzu Choolwe Nalukwi",
      "Hichilema Mweetwa Mudenda Hamoonga Moonga Muleya Haamaundu Siamwiza Muzyamba Chilala "
      "Habasimbi Hanjalika Mweemba Choongo Munsaka Syakalima Hamududu Mainza Bbuku Siachitema "
      "Hachipuka Mwiinga Simuzingili Handondo Haluwa Hichaambwa Maambo Milimo Simweemba "
      "Syabbamba Cheelo Nkombo Hamalambo Siakabenga")
_pool("kinyarwanda",
      "Mugisha Habimana Niyonzima Nshuti Kwizera Hakizimana Iradukunda Manzi Gatete Mutabazi "
      "Nkurunziza Ndayisaba Bizimana Munyaneza Rukundo Gasana Rwigema Mugabo Ntwari Shema "
      "Gakwaya Hirwa Mucyo Kalisa Ganza Muhire Sibomana Nsengiyumva Niyitegeka Byiringiro",
      "Uwase Uwimana Mukamana Ingabire Umutoni Mutesi Keza Umuhoza Uwera Mukeshimana Nyiramana "
      "Uwamahoro Ineza Kampire Mugeni Umwali Teta Akaliza Isimbi Gisa Mahoro Uwineza Mukamurenzi "
      "Nyirahabimana Umugwaneza Iribagiza Uwizeye Murekatete Kayitesi Ishimwe",
      "Habimana Niyonzima Hakizimana Nkurunziza Ndayisaba Bizimana Munyaneza Rukundo Gasana "
      "Mutabazi Uwimana Mukamana Ingabire Nsengiyumva Niyitegeka Sibomana Kalisa Gatete "
      "Rwigema Muhire Uwase Mugisha Nshuti Kwizera Iradukunda Mukeshimana Murekatete Kayitesi "
      "Byiringiro Ntwari Mugabo")
_pool("afam",
      "DeShawn Jamal Tyrone Darnell Marquis DeAndre Terrell Jalen Malik Andre Darius Reginald "
      "Cedric Jermaine Lamar Tyrell Kareem Rasheed DaQuan Tavon Demetrius Xavier Khalil Trevon "
      "Javon Keyshawn Dwayne Tyree Antwan Jaylen Quentin Marcus Darryl Montel Kendrick",
      "Shaniqua LaToya Keisha Tanisha Aaliyah Imani Ebony Jasmine Tamika Latasha Shanice Monique "
      "Kiara Destiny Ayanna Nia Jazmine Tiana Raven Dominique Janae Shante Tameka Aisha Lakisha "
      "Shanelle Deja Brianna Takeisha Jaliyah Nevaeh Kendra Charmaine",
      "Washington Jefferson Jackson Johnson Williams Robinson Harris Coleman Banks Freeman "
      "Simmons Booker Gaines Mayfield Dorsey Pettaway Whitfield Hairston Battle Staton Mosley "
      "Rountree Goins Boykin Lockhart Toliver Beasley Ivory Broussard Thibodeaux Jenkins "
      "Okafor-Jones Pickens Grier")

CHR_M = ("Emmanuel Samuel Daniel Joseph Peter Paul John David Michael Stephen Joshua Isaac Moses "
         "Elijah Gabriel Raphael Augustine Francis Anthony Charles Godfrey Patrick Vincent Kennedy "
         "Dennis Collins Brian Kevin Victor Felix Benedict Cyril Jude Ignatius Tobias Wycliffe "
         "Geoffrey").split()
CHR_F = ("Grace Mary Esther Ruth Deborah Rebecca Sarah Elizabeth Margaret Mercy Faith Joyce Agnes "
         "Caroline Florence Lucy Monica Winnie Janet Dorcas Priscilla Lydia Naomi Veronica Cecilia "
         "Josephine Beatrice Rose Eunice Christine Teresa Catherine Juliet Martha Hellen Irene").split()
MUS_M = ("Abdullahi Ibrahim Musa Aliyu Usman Abubakar Yusuf Aminu Sani Mustapha Idris Suleiman "
         "Hassan Hussein Umar Bashir Kabiru Nasiru Lawal Tijani Ismail Yakubu Mohammed Ahmed "
         "Abdulrahman Rasheed Kareem Waheed Fatai Lateef Abdulkadir Salim Hamza Shehu Murtala").split()
MUS_F = ("Fatima Aisha Zainab Hauwa Maryam Hadiza Khadija Halima Rukayya Amina Hafsat Bilkisu Safiya "
         "Asma Rahma Sumayya Kaltume Jamila Mariam Nafisa Ramatu Saadatu Mutiat Kafayat Rofiat "
         "Suliat Basirat Muinat Zulaikha Latifa Sakina Aziza Hawa Nuru Ramlat").split()
WORD_M = ("Godknows Godswill Goodluck Innocent Lovemore Prosper Praise Gift Precious Learnmore Trust "
          "Wisdom Justice Knowledge Talent Brilliant Lucky Given Blessing Fortune Sunday Friday "
          "Success Honest Clever Marvellous Testimony Favour Shepherd Nomore Progress Pardon "
          "Obey Forgive").split()
WORD_F = ("Blessing Gift Precious Memory Patience Loveness Happiness Beauty Princess Comfort Mercy "
          "Joy Faith Hope Charity Peace Purity Glory Favour Marvellous Testimony Kindness Fortunate "
          "Rejoice Delight Promise Goodness Lovely Lightness Miracle Treasure Victory Pleasure "
          "Sunday Chastity").split()

SHORT = {
    "Oluwaseun": "Seun", "Oluwatobiloba": "Tobi", "Olumide": "Mide", "Adebayo": "Bayo",
    "Babatunde": "Tunde", "Oluwafemi": "Femi", "Olusegun": "Segun", "Adewale": "Wale",
    "Oluwadamilare": "Dami", "Damilola": "Dami", "Oluwakemi": "Kemi", "Folasade": "Sade",
    "Funmilayo": "Funmi", "Abimbola": "Bimbo", "Bukola": "Bukky", "Titilayo": "Titi",
    "Morenike": "Renike", "Oyinkansola": "Oyin", "Temitope": "Tope", "Ibukun": "Ibk",
    "Omowunmi": "Wunmi", "Mojisola": "Moji", "Adeola": "Deola", "Yetunde": "Yetty",
    "Omolara": "Lara", "Oluwatosin": "Tosin", "Oluwabukola": "Bukky", "Oluwafunmilayo": "Funmi",
    "Adekunle": "Kunle", "Oluwaseyi": "Seyi", "Ayodele": "Ayo", "Gbolahan": "Gbola",
    "Chukwuemeka": "Emeka", "Chinedu": "Nedu", "Ikechukwu": "Ike", "Ifeanyi": "Iffy",
    "Chinonso": "Nonso", "Chukwuebuka": "Ebuka", "Kenechukwu": "Kene", "Onyekachi": "Kachi",
    "Ugochukwu": "Ugo", "Tochukwu": "Tochi", "Chiamaka": "Amaka", "Obianuju": "Uju",
    "Nkiruka": "Nkiru", "Kosisochukwu": "Kosi", "Ifeyinwa": "Ify", "Chidinma": "Dinma",
    "Adaeze": "Ada", "Chinenye": "Nenye", "Ogechi": "Oge", "Somtochukwu": "Somto",
    "Kamsiyochukwu": "Kamsi", "Nnaemeka": "Naemeka", "Uzoamaka": "Uzo", "Chimamanda": "Manda",
    "Osamudiamen": "Osas", "Osarumwense": "Osaru", "Nosakhare": "Nosa", "Ikponmwosa": "Ikpo",
    "Osemudiamen": "Osas", "Idongesit": "Idy", "Ndifreke": "Freke", "Akaninyene": "Akan",
    "Tavershima": "Shima", "Msughter": "Msugh", "Ebikabowei": "Ebi", "Tamunotonye": "Tonye",
    "Diepreye": "Preye", "Wanjiku": "Shiku", "Wanjiru": "Shiru", "Njoroge": "Njoro",
    "Nyambura": "Nyambu", "Wangechi": "Wash", "Sibusiso": "Sbu", "Nokuthula": "Thuli",
    "Thulani": "Thuli", "Bongani": "Bongz", "Lindiwe": "Lindi", "Nkosinathi": "Nathi",
    "Siyabonga": "Siya", "Nompumelelo": "Mpume", "Khanyisile": "Khanyi", "Sindisiwe": "Sindi",
    "Thandiwe": "Thandi", "Mthokozisi": "Mthoko", "Sithandazile": "Sthandi",
    "Nomathemba": "Themba", "Tshilidzi": "Tshili", "Khathutshelo": "Khathu",
    "Tewodros": "Teddy", "Wondwossen": "Wondi", "Mekdes": "Meki", "Bethlehem": "Betty",
    "Frehiwot": "Fre", "Selamawit": "Selam", "Reginald": "Reggie", "Antwan": "Twan",
    "Demetrius": "Meech", "Latasha": "Tasha", "Tamika": "Mika", "Aaliyah": "Liyah",
    "DeShawn": "Shawn", "Jazmine": "Jaz", "Kipchumba": "Kip", "Elibariki": "Eli",
    "Deogratias": "Deo", "Mwanaisha": "Mwanaish", "Iradukunda": "Iradu", "Mutinta": "Tinta",
}
DIAC = {
    "Adebayo": "Adébáyọ̀", "Oluwaseun": "Olúwaṣeun", "Folake": "Fọláké", "Funmilayo": "Fúnmiláyọ̀",
    "Ayodele": "Ayọ̀délé", "Babatunde": "Babátúndé", "Ogunleye": "Ògúnléye", "Adeyemi": "Adéyẹmí",
    "Yetunde": "Yétúndé", "Temitope": "Tèmítọ́pẹ́", "Adunni": "Àdùnní", "Afolabi": "Afọlábí",
    "Ajayi": "Àjàyí", "Abimbola": "Àbímbọ́lá", "Olumide": "Olúmídé", "Ayinke": "Àyìnkẹ́",
    "Abeke": "Àbẹ̀kẹ́", "Akanbi": "Àkànbí", "Alabi": "Àlàbí", "Ojo": "Òjó", "Balogun": "Balógun",
    "Okafor": "Ọkafọ̀", "Okonkwo": "Ọkọnkwọ", "Ngozi": "Ngọzi", "Ifeoma": "Ifẹoma",
    "Chidinma": "Chídínmá", "Ebere": "Ebéré", "Obi": "Ọbị", "Nwosu": "Nwọsu",
    "Kebede": "Käbbädä", "Tesfaye": "Täsfaye",
}
NG_C = ["yoruba", "igbo", "edo", "efik", "tiv", "ijaw"]
COUNTRY_CULT = {
    "NG": NG_C, "KE": ["kikuyu", "luo", "kalenjin", "kamba", "luhya", "swahili"],
    "TZ": ["swahili", "chaga", "swahili", "chaga"], "UG": ["luo", "luhya", "swahili"],
    "RW": ["kinyarwanda", "kinyarwanda", "swahili"], "ET": ["amharic"],
    "ZA": ["zulu", "tsonga", "venda", "pedi", "ndebele", "zulu"], "ZW": ["ndebele", "ndebele", "tonga"],
    "ZM": ["tonga"],
}
CULT_HOME = {c: k for k, v in COUNTRY_CULT.items() for c in v}
CULT_HOME["afam"] = "US"
CULT_HOME["ndebele"] = "ZW"
CULT_HOME["swahili"] = "KE"
CULT_HOME["luo"] = "KE"
CULT_HOME["luhya"] = "KE"
DIASPORA = {"UK": ["NG", "NG", "ZA", "ZW", "KE", "ET", "UG"], "US": ["US", "US", "NG", "ET", "KE", "NG"]}
COUNTRIES = [("NG", 17), ("KE", 16), ("TZ", 8), ("UG", 6), ("RW", 5), ("ET", 8), ("ZA", 14),
             ("ZW", 7), ("ZM", 7), ("UK", 8), ("US", 7)]
SYL = "ba ko ye mi la nde wa ru si tho ngo ka zi mu ola chi eme ife te ma no lu bi se ku da".split()


def fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(ch)).lower()


def name_parts(s):
    return [fold(x) for x in re.split(r"[\s\-'\u2019.]+", s) if x]


# ------------------------------------------------------------------ context
class Ctx:
    def __init__(self, rng, listed):
        self.r = rng
        self.listed = listed

    def ok(self, s):
        return not any(p in self.listed for p in name_parts(s))

    def pick(self, pool):
        r = self.r
        for _ in range(60):
            c = r.choice(pool)
            if self.ok(c):
                return c
        for c in pool:
            if self.ok(c):
                return c
        for _ in range(500):
            c = "".join(r.choice(SYL) for _ in range(r.randint(2, 4))).capitalize()
            if self.ok(c):
                return c
        return "Xq" + "".join(r.choice("aeiou") + r.choice("bdkmnt") for _ in range(4))

    def ch(self, seq):
        return self.r.choice(seq)

    def d(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def an(self, n, alpha="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
        return "".join(self.r.choice(alpha) for _ in range(n))


class Person:
    pass


def make_person(x, culture=None, sex=None):
    r = x.r
    if culture is None:
        culture = x.ch(x.cults)
    p = Person()
    p.cult = culture
    p.sex = sex or r.choice("mf")
    pool = C[culture]
    roll = r.random()
    mus = {"swahili": .55, "yoruba": .3, "amharic": .1, "afam": .05}.get(culture, .06)
    chr_ = 0.05 if culture == "afam" else 0.2
    word = .14 if x.h in ("ZW", "ZM", "NG", "ZA") else .05
    p.rel = "local"
    if roll < mus:
        p.given = x.pick(MUS_M if p.sex == "m" else MUS_F)
        p.rel = "muslim"
    elif roll < mus + chr_:
        p.given = x.pick(CHR_M if p.sex == "m" else CHR_F)
        p.rel = "christian"
    elif roll < mus + chr_ + word:
        p.given = x.pick(WORD_M if p.sex == "m" else WORD_F)
    else:
        p.given = x.pick(pool[p.sex])
    p.local = x.pick(pool[p.sex])
    p.family = x.pick(pool["s"])
    p.father = x.pick(pool["m"])
    p.grand = x.pick(pool["m"])
    p.child = x.pick(pool[r.choice("mf")])
    if culture == "amharic":
        p.family = p.father
    return p


def N(t):
    return [(t, "name")]


def O(t):
    return [(t, "o")]


def titles(x, p):
    c = x.c
    T = {
        "NG": (["Mr", "Chief", "Engr", "Dr", "Pastor", "Baba", "Oga", "Bro", "Barr.", "Prince", "Elder"],
               ["Mrs", "Madam", "Mama", "Aunty", "Dr", "Sisi", "Miss", "Deaconess", "Lady", "Princess"]),
        "KE": (["Mr", "Mzee", "Bwana", "Dr", "Pastor", "Bro", "Mwalimu", "Baba"],
               ["Mrs", "Mama", "Madam", "Ms", "Dr", "Sisi", "Shosh", "Mwalimu"]),
        "TZ": (["Bw.", "Mzee", "Ndugu", "Dr", "Mwalimu", "Kaka", "Baba", "Bwana"],
               ["Bi.", "Mama", "Dada", "Bibi", "Dr", "Mwalimu", "Bi"]),
        "UG": (["Mr", "Mzee", "Dr", "Pastor", "Bro", "Hon."], ["Mrs", "Madam", "Ms", "Dr", "Sister", "Aunt"]),
        "RW": (["Mr", "Dr", "Bwana", "Muzehe"], ["Mrs", "Madam", "Ms", "Mama"]),
        "ET": (["Ato", "Mr", "Dr", "Abba"], ["W/ro", "Weyzero", "W/t", "Weyzerit", "Ms", "Dr", "Emama"]),
        "ZA": (["Mr", "Dr", "Bra", "Baba", "Ntate", "Mkhulu", "Bhuti"],
               ["Mrs", "Ms", "Mama", "Gogo", "Sisi", "Mme", "Dr", "Aunty"]),
        "ZW": (["Mr", "Baba", "Sekuru", "Dr", "Bro", "Mkhulu", "Pastor"],
               ["Mrs", "Mai", "Amai", "Gogo", "Sisi", "Ms", "Dr"]),
        "ZM": (["Mr", "Bashi", "Dr", "Ba", "Pastor", "Bro"], ["Mrs", "Bana", "Ma", "Ms", "Dr", "Madam"]),
        "UK": (["Mr", "Dr", "Uncle", "Chief", "Pastor"], ["Mrs", "Ms", "Miss", "Auntie", "Dr", "Mama"]),
        "US": (["Mr", "Dr", "Rev.", "Deacon", "Bro"], ["Mrs", "Ms", "Miss", "Dr", "Sister"]),
    }[c][0 if p.sex == "m" else 1]
    T = list(T)
    if p.rel == "muslim":
        if x.h == "NG" or x.c == "NG":
            T += ["Alhaji"] * 4 if p.sex == "m" else ["Alhaja"] * 4
        elif x.h in ("KE", "TZ"):
            T += ["Sheikh", "Hajj"] if p.sex == "m" else ["Bi", "Hajjat"]
    return T


POST = {"NG": (["sir", "bro", "oga"], ["ma", "madam", "aunty"]),
        "KE": (["mzee", "bro", "boss"], ["madam", "sisi", "mathe"]),
        "TZ": (["mzee", "kaka", "bro"], ["dada", "mama", "madam"]),
        "ZA": (["bra", "bhuti", "ntate"], ["sisi", "gogo", "mama"]),
        "ZW": (["bro", "mdala", "sir"], ["sisi", "madam", "gogo"]),
        "ZM": (["bashi", "sir", "bro"], ["madam", "bana", "ma"]),
        "ET": (["ato", "sir"], ["weyzero", "madam"]),
        "UG": (["sir", "bro", "boss"], ["madam", "ma", "sis"]),
        "RW": (["sir", "boss"], ["madam", "mama"]),
        "UK": (["sir", "uncle"], ["auntie", "ma'am"]),
        "US": (["sir", "bro"], ["ma'am", "sis"])}


def given_form(x, p, nick_ok=True):
    r = x.r
    g = p.given
    if nick_ok and r.random() < 0.25:
        src = p.given if p.given in SHORT else p.local
        if src in SHORT and x.ok(SHORT[src]):
            return SHORT[src]
    if p.rel != "local" and r.random() < 0.2:
        g = p.local
    if g in DIAC and r.random() < 0.6:
        g = DIAC[g]
    return g


def fam_form(x, p):
    f = p.family
    if f in DIAC and x.r.random() < 0.5:
        f = DIAC[f]
    return f


def full_form(x, p):
    r = x.r
    g = given_form(x, p, nick_ok=r.random() < 0.3)
    f = fam_form(x, p)
    cu = p.cult
    k = r.random()
    if cu == "amharic":
        if k < 0.15:
            return f"{g} {p.father} {p.grand}"
        return f"{g} {p.father}"
    if cu in ("kikuyu", "kamba", "swahili") and k < 0.22:
        part = "wa" if (cu != "kamba" or r.random() < 0.6) else "ka"
        cand = f"{g} {part} {p.father}"
        if x.ok(cand):
            return cand
    if cu in NG_C and k < 0.12:
        return f"{f.upper() if r.random() < 0.5 else f} {g}"
    if cu in NG_C + ["chaga", "luhya", "kinyarwanda"] and k < 0.28 and p.local != p.given:
        return f"{g} {p.local} {f}" if r.random() < 0.6 else f"{g} {f} {p.local}"
    if k < 0.36:
        return f"{g[0]}. {f}"
    if k < 0.42:
        return f"{g} {f[0]}."
    if cu in ("zulu", "ndebele") and p.sex == "f" and k < 0.5:
        return f"{g} Ma{p.family}"
    return f"{g} {f}"


def name_segs(x, p, mode="any"):
    """Return segments for person p."""
    r = x.r
    segs = []
    if mode == "any":
        mode = r.choices(["full", "given", "title", "post", "crm", "teknonym", "family"],
                         [40, 20, 16, 6, 6, 4, 4])[0]
    if mode == "full":
        segs = N(full_form(x, p))
    elif mode == "given":
        segs = N(given_form(x, p))
    elif mode == "title":
        t = x.ch(titles(x, p))
        k = r.random()
        if t in ("Ato", "W/ro", "Weyzero", "W/t", "Weyzerit", "Emama", "Abba") or p.cult == "amharic":
            nm = given_form(x, p, False) if k < 0.7 else full_form(x, p)
        elif t in ("Mama", "Baba", "Mai", "Amai", "Bana", "Bashi", "Ba", "Ma") and k < 0.35:
            nm = p.child if x.ok(p.child) else p.family
        elif k < 0.4:
            nm = fam_form(x, p)
        elif k < 0.7:
            nm = full_form(x, p)
        else:
            nm = given_form(x, p)
        segs = O(t + " ") + N(nm)
    elif mode == "post":
        lst = POST[x.c][0 if p.sex == "m" else 1]
        segs = N(given_form(x, p)) + O(" " + x.ch(lst))
    elif mode == "crm":
        g = given_form(x, p, False)
        f = p.father if p.cult == "amharic" else fam_form(x, p)
        k = r.random()
        if k < 0.4:
            s = f"{f.upper()}, {g}"
        elif k < 0.6:
            s = f"{f.lower()}, {g.lower()}"
        elif k < 0.8:
            s = f"{f}, {g}"
        else:
            s = f"{f.upper()}, {g} {p.local if p.local != g else ''}".strip()
        segs = N(s)
    elif mode == "teknonym":
        if x.ok(p.child):
            t = {"f": ["Mama", "Mama", "Mai", "Iya", "Bana"], "m": ["Baba", "Baba", "Bashi"]}[p.sex]
            if x.h == "NG":
                t = ["Mama", "Iya"] if p.sex == "f" else ["Baba"]
            elif x.h in ("ZM",):
                t = ["Bana", "Mama"] if p.sex == "f" else ["Bashi", "Ba"]
            elif x.h in ("KE", "TZ", "UG", "RW"):
                t = ["Mama"] if p.sex == "f" else ["Baba"]
            segs = O(x.ch(t) + " ") + N(p.child)
        else:
            segs = N(full_form(x, p))
    elif mode == "family":
        t = x.ch(titles(x, p))
        segs = O(t + " ") + N(p.father if p.cult == "amharic" else fam_form(x, p))
    elif mode == "famonly":
        segs = N(p.father if p.cult == "amharic" else p.family)
    return segs


# --------------------------------------------------------------- o fillers
TEL = {"NG": ["MTN", "Airtel", "Glo", "9mobile"], "KE": ["Safaricom", "Airtel", "Telkom"],
       "TZ": ["Vodacom", "Tigo", "Airtel", "Halotel", "TTCL"], "UG": ["MTN", "Airtel", "Lycamobile"],
       "RW": ["MTN", "Airtel"], "ET": ["Ethio Telecom", "Safaricom Ethiopia"],
       "ZA": ["Vodacom", "MTN", "Cell C", "Telkom", "Rain"], "ZW": ["Econet", "NetOne", "Telecel"],
       "ZM": ["MTN", "Airtel", "Zamtel"], "UK": ["EE", "Vodafone", "O2", "Three", "Lebara", "Lyca"],
       "US": ["T-Mobile", "Verizon", "AT&T", "Cricket", "Boost Mobile"]}
MOMO = {"NG": ["OPay", "PalmPay", "Moniepoint", "MoMo PSB", "Kuda"],
        "KE": ["M-Pesa", "Airtel Money", "Fuliza", "M-Shwari", "T-Kash", "mpesa"],
        "TZ": ["M-Pesa", "Tigo Pesa", "Airtel Money", "HaloPesa"], "UG": ["MTN MoMo", "Airtel Money"],
        "RW": ["MoMo", "Airtel Money", "MoMoPay"], "ET": ["telebirr", "M-Pesa", "CBE Birr"],
        "ZA": ["VodaPay", "MoMo", "Capitec Pay", "Shoprite Money Market"],
        "ZW": ["EcoCash", "OneMoney", "InnBucks"], "ZM": ["MTN MoMo", "Airtel Money", "Zamtel Kwacha"],
        "UK": ["WorldRemit", "LemFi", "Sendwave", "Remitly", "Western Union", "Mukuru"],
        "US": ["Sendwave", "Remitly", "Zelle", "Cash App", "WorldRemit", "Chipper Cash"]}
BANK = {"NG": ["GTBank", "Access Bank", "Zenith", "First Bank", "UBA", "Fidelity", "Wema ALAT", "Sterling"],
        "KE": ["Equity", "KCB", "Co-op Bank", "NCBA", "Absa Kenya", "Stanbic", "Family Bank"],
        "TZ": ["CRDB", "NMB", "NBC", "Exim", "Azania Bank"], "UG": ["Stanbic", "Centenary", "dfcu", "Absa"],
        "RW": ["Bank of Kigali", "Equity Rwanda", "I&M", "BPR"],
        "ET": ["Commercial Bank of Ethiopia", "CBE", "Dashen Bank", "Awash Bank", "Abyssinia"],
        "ZA": ["Capitec", "FNB", "Absa", "Standard Bank", "Nedbank", "TymeBank", "Discovery Bank"],
        "ZW": ["CBZ", "Stanbic", "Steward Bank", "FBC", "CABS"],
        "ZM": ["Zanaco", "Stanbic", "FNB Zambia", "Atlas Mara", "Absa Zambia"],
        "UK": ["Barclays", "Monzo", "Lloyds", "HSBC", "NatWest", "Starling"],
        "US": ["Chase", "Wells Fargo", "Bank of America", "Frost", "Capital One"]}
CITY = {"NG": ["Lagos", "Ikeja", "Lekki", "Yaba", "Surulere", "Ajah", "Abuja", "Wuse 2", "Garki", "Gwarinpa",
               "Kubwa", "Port Harcourt", "Enugu", "Ibadan", "Benin City", "Calabar", "Uyo", "Makurdi",
               "Yenagoa", "Onitsha", "Ikorodu", "Festac"],
        "KE": ["Nairobi", "Westlands", "Kilimani", "Rongai", "Githurai", "Kasarani", "Eastleigh", "Mombasa",
               "Nyali", "Likoni", "Kisumu", "Nakuru", "Eldoret", "Machakos", "Kakamega", "Thika",
               "Kitengela", "Embakasi", "Ruaka", "Kitale"],
        "TZ": ["Dar es Salaam", "Dar", "Kariakoo", "Mikocheni", "Sinza", "Kinondoni", "Arusha", "Moshi",
               "Zanzibar", "Dodoma", "Mwanza", "Mbezi", "Tegeta"],
        "UG": ["Kampala", "Ntinda", "Entebbe", "Mbale", "Gulu", "Jinja", "Wakiso", "Kira"],
        "RW": ["Kigali", "Kimironko", "Nyamirambo", "Remera", "Kicukiro", "Musanze", "Huye", "Rubavu"],
        "ET": ["Addis", "Addis Ababa", "Bole", "Piassa", "Megenagna", "CMC", "Bahir Dar", "Hawassa", "Adama",
               "Gondar", "Mekelle", "Sarbet"],
        "ZA": ["Joburg", "Johannesburg", "Soweto", "Sandton", "Randburg", "Midrand", "Tembisa", "Durban",
               "Umlazi", "Pinetown", "PMB", "Polokwane", "Thohoyandou", "Giyani", "Tzaneen", "Alex",
               "Diepkloof", "KwaMashu"],
        "ZW": ["Harare", "Chitungwiza", "Borrowdale", "Avondale", "Bulawayo", "Gweru", "Mutare", "Binga",
               "Victoria Falls", "Budiriro", "Mbare"],
        "ZM": ["Lusaka", "Kabwata", "Chilenje", "Matero", "Kalingalinga", "Ndola", "Kitwe", "Livingstone",
               "Choma", "Monze", "Mazabuka", "Kabulonga"],
        "UK": ["London", "Peckham", "Croydon", "Woolwich", "Tottenham", "Thamesmead", "Leicester",
               "Manchester", "Birmingham", "Dagenham"],
        "US": ["Houston", "Sugar Land", "Katy", "Alief", "Missouri City", "Pearland", "Dallas", "Atlanta"]}
AIRPORT = {"NG": ["MMIA", "Murtala Muhammed Airport", "Nnamdi Azikiwe Airport", "Port Harcourt Intl"],
           "KE": ["JKIA", "Moi Intl Airport", "Wilson Airport"], "TZ": ["Julius Nyerere Intl", "KIA"],
           "UG": ["Entebbe Airport"], "RW": ["Kigali Intl"], "ET": ["Bole Intl", "Bole airport"],
           "ZA": ["OR Tambo", "King Shaka", "Lanseria"], "ZW": ["RGM Intl", "Robert Gabriel Mugabe Airport"],
           "ZM": ["KKIA", "Kenneth Kaunda Intl", "Harry Mwaanga Nkumbula Airport"],
           "UK": ["Heathrow", "Gatwick"], "US": ["IAH", "Bush Intercontinental", "Hobby"]}
UTIL = {"NG": ["EKEDC", "IKEDC", "AEDC", "PHED", "BEDC"], "KE": ["KPLC", "Kenya Power"],
        "TZ": ["TANESCO", "LUKU"], "UG": ["Umeme", "Yaka"], "RW": ["REG", "Cash Power"], "ET": ["EEU"],
        "ZA": ["Eskom", "City Power", "eThekwini Electricity"], "ZW": ["ZESA", "ZETDC"], "ZM": ["ZESCO"],
        "UK": ["British Gas", "Octopus"], "US": ["CenterPoint", "Reliant", "TXU"]}
TVS = ["DStv", "GOtv", "StarTimes", "Showmax", "Zuku", "Azam TV", "Canal+"]
TVPLAN = ["Compact Plus", "Premium", "Family", "Jolli", "Max", "Supa Plus", "Access", "Nova", "Smart",
          "Pro Mobile", "Yanga", "Lite"]
CHANNELS = ["SuperSport", "SS Premier League", "Africa Magic", "Citizen TV", "Zee World", "Telemundo",
            "KBC", "ZBC", "SABC 1", "Mzansi Magic", "EBS", "ZNBC"]
EVENTS = ["Arsenal match", "AFCON final", "Big Brother Naija", "BBMzansi", "Man U game", "derby",
          "Gor Mahia game", "Simba vs Yanga", "Chiefs vs Pirates", "Warriors qualifier", "El Clasico"]
DEVICES = ["Tecno Camon 20", "Tecno Spark 10 Pro", "Infinix Hot 30", "itel A70", "Samsung Galaxy A14",
           "Galaxy A05s", "iPhone 13", "iPhone 11", "Redmi Note 12", "Huawei Y9", "Oppo A17", "Nokia C32",
           "Neon Ray", "Mi-Fi", "ZTE MF920 MiFi", "Huawei B311 router", "Hisense TV", "Vivo Y17"]
ROUTERS = ["HG8145V5", "B535", "B311", "Archer C6", "ZTE F670L", "Nokia G-240W", "H3601P"]
ISP = ["Safaricom Home Fibre", "Zuku", "Faiba", "Spectranet", "ipNX", "Rain 5G", "Vumatel", "Afrihost",
       "Liquid Home", "TelOne", "Airtel 5G Smart Connect", "Smile", "Canal Box", "Vodacom Fibre",
       "Virgin Media", "Xfinity"]
APPS = ["MySafaricom app", "MyMTN app", "Airtel Thanks app", "OPay app", "Capitec app", "FNB app",
        "Equity Mobile", "KCB app", "telebirr SuperApp", "EcoCash app", "Jumia app", "Bolt app",
        "DStv app", "GTWorld", "Kuda app", "Wema ALAT app", "NMB Mkononi", "CBE Birr app",
        "MTN MoMo app", "Chipper app", "LemFi app", "Zanaco Xpress"]
ISP_C = {"NG": ["Spectranet", "ipNX", "Smile", "MTN Fibre", "Airtel 5G Smart Connect"],
         "KE": ["Safaricom Home Fibre", "Zuku", "Faiba", "Airtel 5G Smart Connect"],
         "TZ": ["TTCL Fiber", "Vodacom Fibre", "Airtel 5G Smart Connect"], "UG": ["MTN Fibre", "Roke Telkom"],
         "RW": ["Canal Box", "MTN Fibre"], "ET": ["Ethio Telecom Fiber", "Safaricom 4G Home"],
         "ZA": ["Rain 5G", "Vumatel", "Afrihost", "Vodacom Fibre", "Openserve"],
         "ZW": ["TelOne", "Liquid Home", "ZOL"], "ZM": ["Liquid Home", "MTN 4G Home", "Zamtel Fibre"],
         "UK": ["Virgin Media", "BT Broadband", "Sky Broadband"], "US": ["Xfinity", "AT&T Fiber"]}
APPS_C = {"NG": ["MyMTN app", "Airtel Thanks app", "OPay app", "GTWorld", "Kuda app", "Wema ALAT app", "Jumia app",
                 "PalmPay app", "FirstMobile"],
          "KE": ["MySafaricom app", "M-Pesa app", "Equity Mobile", "KCB app", "Bolt app", "Airtel Thanks app"],
          "TZ": ["M-Pesa app", "NMB Mkononi", "CRDB SimBanking", "Tigo Pesa app"],
          "UG": ["MTN MoMo app", "Airtel Thanks app", "Stanbic app", "SafeBoda app"],
          "RW": ["MTN MoMo app", "BK App", "Irembo"], "ET": ["telebirr SuperApp", "CBE Birr app", "Dashen Amole"],
          "ZA": ["Capitec app", "FNB app", "My Vodacom app", "Absa app", "Checkers Sixty60 app", "DStv app"],
          "ZW": ["EcoCash app", "CBZ Touch", "My Econet app", "InnBucks app"],
          "ZM": ["MTN MoMo app", "Zanaco Xpress", "Airtel Thanks app"],
          "UK": ["LemFi app", "WorldRemit app", "Monzo app", "Sendwave app"],
          "US": ["Sendwave app", "Remitly app", "Cash App", "Chipper app"]}
SHOPS = ["Jumia", "Konga", "Kilimall", "Takealot", "Checkers Sixty60", "Shoprite", "Pick n Pay",
         "Woolworths", "Game", "Naivas", "Quickmart", "Carrefour", "Spar", "Chicken Inn", "Java House",
         "Mr Price", "Jiji", "Masoko", "Simbisa", "Chicken Republic", "Glovo", "Uber Eats"]
RIDES = ["Bolt", "Uber", "inDrive", "Little Cab", "Faras", "SafeBoda", "Yego Moto", "Ride", "Yango"]
AIRLINES = [("Kenya Airways", "KQ"), ("Ethiopian", "ET"), ("Air Peace", "P4"), ("RwandAir", "WB"),
            ("FlySafair", "FA"), ("Air Tanzania", "TC"), ("Uganda Airlines", "UR"), ("Arik", "W3"),
            ("Airlink", "4Z"), ("Proflight", "P0"), ("Jambojet", "JM")]
INS = ["Jubilee", "Britam", "Old Mutual", "Hollard", "Leadway", "AXA Mansard", "Sanlam", "Discovery",
       "Madison", "NHIMA", "SHA", "CIC", "Heritage"]
INSPLAN = ["motor comprehensive", "Afya Bora cover", "funeral plan", "hospital cash plan", "KeyCare",
           "Essential Smart", "family medical cover", "third party", "Classic plan"]
TEAMS = ["Tier 2", "L2 support", "Escalations desk", "Retention team", "Billing team", "KYC team",
         "Fraud desk", "Back Office", "Collections", "VIP desk", "Social Media desk", "Swahili queue",
         "Zulu line", "Diaspora desk", "Chat L1", "NOC", "Field Techs", "Dispatch", "Team Simba",
         "Team Jollof", "Night shift", "Amharic desk", "Pidgin desk", "Team Ubuntu", "Quality team"]
QUEUES = ["Billing", "Data bundles", "MoMo disputes", "Fibre install", "Prepaid tokens", "Roaming",
          "Reversals", "SIM swap", "Card ops", "Claims", "Diaspora", "Swahili", "Amharic", "isiZulu"]
PLANS = {"NG": ["XtraValue", "Glo Berekete", "MTN Pulse", "Airtel Smartpack", "30GB monthly", "SME data"],
         "KE": ["Tunukiwa", "Neo plan", "Platinum plan", "Bazuu", "Home Fibre Silver", "Amazing Data"],
         "TZ": ["Cheka Bundle", "Jiachie", "Vodacom Red", "Tigo Kachoka", "Halotel Kifurushi"],
         "UG": ["Wendi bundle", "Freedom bundle", "MTN Pakalast", "Kasoolo"],
         "RW": ["Yolo bundle", "Tera bundle", "Irekure"], "ET": ["Meteor", "Yenete package", "Safari bundle"],
         "ZA": ["Red 1GB", "RED Advanced", "MTN Made For Business", "Rain One", "Uncapped 50Mbps"],
         "ZW": ["Econet Smart Data", "Private WiFi bundle", "NetOne One-Fi", "WhatsApp bundle"],
         "ZM": ["MTN Extreme Bundle", "Airtel Unlimited", "Zamtel Super Bundle"],
         "UK": ["Lebara 30-day plan", "EE SIM only", "Lyca Africa bundle"],
         "US": ["Unlimited Plus", "Cricket Core", "Boost Unlimited"]}
USSD = {"NG": ["*312#", "*131#", "*323#", "*955#", "*737#", "*894#"], "KE": ["*544#", "*334#", "*456#", "*200#"],
        "TZ": ["*150*00#", "*149*01#", "*148*00#"], "UG": ["*165#", "*185#", "*175#"],
        "RW": ["*182#", "*345#"], "ET": ["*127#", "*999#", "*847#"],
        "ZA": ["*135#", "*111#", "*120*3279#", "*136#"], "ZW": ["*151#", "*143#", "*111#"],
        "ZM": ["*115#", "*778#", "*117#"], "UK": ["*#100#"], "US": ["*611"]}
ISSUES = ["failed airtime purchase", "double debit", "wrong tokens", "no network", "slow internet",
          "SIM not registered", "PIN lockout", "failed reversal", "bundle expiry", "decoder E16-4 error",
          "E48-32 no signal", "app login loop", "card declined abroad", "OTP delay", "data depletion",
          "wrong bill", "suspended line", "NIN-SIM linkage", "RICA", "KYC upgrade", "Okoa Jahazi debt",
          "airtime borrow debt", "stuck transfer", "duplicate charge", "router red LOS light",
          "POS dispense error", "failed ATM withdrawal", "token not accepted"]
SH = ["FCR", "CSAT 5/5", "NPS 10", "TAT met", "AHT 4m", "no repeat call", "closed", "resolved on 1st contact",
      "ticket closed", "callback done", "escalation avoided", "win!!", "pls recognise", "kudos", "FCR ✅",
      "CSAT 10/10", "resolved", "RCA done", "no churn", "retained", "🙌", "happy cx"]
OKS = {"NG": ["cust happy die", "e don work", "customer dey happy well well", "no wahala again",
              "problem don solve", "sharp sharp", "God bless una he said", "everything don set"],
       "KE": ["mteja amefurahi sana", "imesort", "ameshukuru", "ako sawa sasa", "poa kabisa",
              "alisema asante sana", "ameridhika", "kila kitu iko fiti", "hakuna shida sasa"],
       "TZ": ["mteja ameridhika", "tatizo limetatuliwa", "amesema asante sana", "kila kitu safi",
              "imekaa poa", "amefurahi sana"],
       "UG": ["cust very happy", "sorted", "she said webale nyo", "all good now", "nothing spoilt"],
       "RW": ["yishimye cyane", "cust said murakoze cyane", "all sorted", "ameshimye"],
       "ET": ["said ameseginalehu", "betam des alew", "ishi, fixed", "all good, konjo"],
       "ZA": ["client happy, sharp", "said ngiyabonga", "eish finally sorted", "yebo all good", "sorted now now",
              "ayoba", "kulungile", "client happy as"],
       "ZW": ["ngiyabonga kakhulu", "sorted", "happy chaiyo", "all good now", "siyabonga"],
       "ZM": ["twalumba kapati", "sorted", "happy bwino", "all fine now", "natotela"],
       "UK": ["cust over the moon", "very grateful", "happy days", "sorted"],
       "US": ["cx super happy", "left 5* CSAT", "very grateful", "all good"]}
THX = {"NG": ["thank you so much ma", "God bless you", "una try well well"],
       "KE": ["asante sana", "mungu akubariki", "thank you sana"],
       "TZ": ["asante sana", "ahsanteni", "shukrani"], "UG": ["webale nyo", "thank you very much"],
       "RW": ["murakoze cyane", "thanks a lot"], "ET": ["ameseginalehu", "betam ameseginalehu"],
       "ZA": ["ngiyabonga kakhulu", "dankie", "thanks a mil"], "ZW": ["ngiyabonga", "tatenda", "thanks a lot"],
       "ZM": ["twalumba", "natotela", "zikomo kwambiri"], "UK": ["thanks a million", "cheers"],
       "US": ["thank y'all", "appreciate y'all"]}
PLACES = ["Sarit Centre", "Garden City Mall", "Ikeja City Mall", "The Palms Lekki", "Jabi Lake Mall",
          "Mlimani City", "Acacia Mall", "Kigali Heights", "Edna Mall", "Maponya Mall", "Gateway Mall",
          "Sam Levy's Village", "Manda Hill", "East Park Mall", "Westgate", "Two Rivers Mall",
          "Kenyatta Ave branch", "Moi Avenue shop", "Tom Mboya St office", "Mall of Africa",
          "Sandton City", "Bole Medhanialem", "Balogun market", "Computer Village", "Kariakoo market",
          "Gikomba", "Nakumatt Junction", "Peckham Rye", "Harwin Drive"]


def amt(x, c=None):
    c = c or x.c
    r = x.r
    n = r.choice([50, 100, 150, 200, 250, 300, 500, 750, 1000, 1200, 1500, 2000, 2500, 3000, 5000, 7500,
                  10000, 15000, 20000, 50000])
    if c == "NG":
        n *= 10
        return x.ch([f"₦{n:,}", f"N{n//1000 or 1}k", f"{n:,} naira", f"NGN {n:,}"])
    if c == "KE":
        return x.ch([f"KSh {n:,}", f"Ksh{n}", f"{n} bob", f"kes {n:,}"])
    if c == "TZ":
        n *= 10
        return x.ch([f"TSh {n:,}", f"Tsh{n}", f"{n:,}/="])
    if c == "UG":
        n *= 10
        return x.ch([f"UGX {n:,}", f"{n//1000 or 1}k shs", f"shs {n:,}"])
    if c == "RW":
        n *= 5
        return x.ch([f"RWF {n:,}", f"{n:,} Frw", f"frw{n}"])
    if c == "ET":
        return x.ch([f"ETB {n:,}", f"{n} birr", f"{n:,} Br"])
    if c == "ZA":
        return x.ch([f"R{n}", f"R{n:,}.00", f"ZAR {n}", f"R{n//10 or 1}50"])
    if c == "ZW":
        n = max(1, n // 50)
        return x.ch([f"US${n}", f"ZiG {n*13}", f"${n}", f"USD{n}"])
    if c == "ZM":
        n = max(5, n // 10)
        return x.ch([f"K{n}", f"ZMW {n}", f"K{n}.00"])
    if c == "UK":
        n = max(5, n // 20)
        return x.ch([f"£{n}", f"£{n}.{x.d(2)}", f"GBP {n}"])
    n = max(5, n // 20)
    return x.ch([f"${n}", f"${n}.{x.d(2)}", f"USD {n}"])


def tm(x):
    t = ["10 mins", "2hrs", "24h", "under 48 hrs", "30min", "1 hr", "a day", "3 days", "5 min", "45mins"]
    if x.c in ("KE", "TZ"):
        t += ["dakika 20", "saa moja"]
    return x.ch(t)


def clk(x):
    t = ["3:45pm", "14:30", "9am", "midday", "08:15", "5pm", "close of business", "10:30", "17h00", "4.15pm"]
    if x.c in ("KE", "TZ"):
        t += ["saa nne asubuhi", "saa tatu"]
    if x.c == "ZA":
        t += ["half past two", "16h30"]
    return x.ch(t)


def dt(x):
    return x.ch(["12/03", "Friday", "30th June", "month end", "the 15th", "Monday", "tomorrow", "next week",
                 "2024-06-30", "25 Dec", "Easter Monday", "Eid", "payday", "3/7"])


# ------------------------------------------------------------ PD fillers
def phone(x, c=None):
    r = x.r
    c = c or x.c
    if c == "NG":
        pre = x.ch("803 806 813 816 703 706 810 814 903 906 805 807 815 705 905 802 808 812 708 701 902 "
                   "901 809 817 818 909 908".split())
        s = x.d(7)
        f = [f"0{pre} {s[:3]} {s[3:]}", f"0{pre}{s}", f"+234 {pre} {s[:3]} {s[3:]}", f"+234{pre}{s}",
             f"234-{pre}-{s[:3]}-{s[3:]}", f"0{pre}-{s[:3]}-{s[3:]}", f"(+234) {pre} {s}"]
    elif c == "KE":
        pre = x.ch("700 701 702 703 704 705 706 707 708 710 711 712 713 714 715 716 717 718 719 720 721 722 "
                   "723 724 725 726 727 728 729 740 741 742 743 745 746 748 757 758 759 768 769 790 791 792 "
                   "793 794 795 796 797 798 799 110 111 112 113 114 115 100 101 102 733 734 735 736 737 738 "
                   "739 750 751 752 753 754 755 756 785 786 787 788 789".split())
        s = x.d(6)
        f = [f"0{pre} {s[:3]} {s[3:]}", f"0{pre}{s}", f"+254 {pre} {s[:3]} {s[3:]}", f"254{pre}{s}",
             f"+254-{pre}-{s}", f"0{pre}-{s}", f"+254{pre}{s}"]
    elif c == "TZ":
        pre = x.ch("754 755 756 757 762 765 766 767 768 769 713 714 715 716 717 784 785 786 787 788 655 656 "
                   "657 658 652 659 621 622 623 624 686 687 688 689 777 778 773 774 775 776 613 614".split())
        s = x.d(6)
        f = [f"0{pre} {s[:3]} {s[3:]}", f"0{pre}{s}", f"+255 {pre} {s[:3]} {s[3:]}", f"255{pre}{s}",
             f"+255 {pre} {s}"]
    elif c == "UG":
        pre = x.ch("772 774 775 776 777 778 782 783 784 785 701 702 703 704 706 708 750 751 752 753 754 755 "
                   "756 757 758 759 760 761 762 763 764 765".split())
        s = x.d(6)
        f = [f"0{pre} {s[:3]} {s[3:]}", f"0{pre}{s}", f"+256 {pre} {s}", f"256{pre}{s}",
             f"+256 {pre} {s[:3]} {s[3:]}"]
    elif c == "RW":
        pre = x.ch("788 787 786 785 784 783 782 781 780 789 722 723 725 728 732 733 738 739 790 791 792 793 "
                   "794 795 796".split())
        s = x.d(6)
        f = [f"0{pre} {s[:3]} {s[3:]}", f"+250 {pre} {s[:3]} {s[3:]}", f"250{pre}{s}", f"0{pre}{s}"]
    elif c == "ET":
        pre = x.ch("911 912 913 914 915 916 917 918 919 920 921 922 923 924 925 926 927 929 930 931 932 933 "
                   "934 935 936 937 938 939 940 941 942 943 944 945 946 947 700 701 702 703 704 705 "
                   "706 707 708 709".split())
        s = x.d(6)
        f = [f"0{pre} {s[:2]} {s[2:4]} {s[4:]}", f"+251 {pre} {s[:3]} {s[3:]}", f"0{pre}{s}",
             f"+251{pre}{s}", f"251-{pre}-{s}"]
    elif c == "ZA":
        pre = x.ch("60 61 62 63 64 65 66 67 68 71 72 73 74 76 78 79 81 82 83 84".split())
        s = x.d(7)
        f = [f"0{pre} {s[:3]} {s[3:]}", f"+27 {pre} {s[:3]} {s[3:]}", f"0{pre}{s}", f"27{pre}{s}",
             f"(0{pre}) {s[:3]}-{s[3:]}", f"+27{pre}{s}", f"0{x.ch(['11', '31', '12', '15'])} {s[:3]} {s[3:]}"]
    elif c == "ZW":
        pre = x.ch("71 73 77 78".split())
        s = x.d(7)
        f = [f"0{pre} {s[:3]} {s[3:]}", f"+263 {pre} {s[:3]} {s[3:]}", f"0{pre}{s}", f"+263{pre}{s}",
             f"263-{pre}-{s}", f"0242 {s[:3]}{x.d(3)}"]
    elif c == "ZM":
        pre = x.ch("95 96 97 76 77 75".split())
        s = x.d(7)
        f = [f"0{pre}{s}", f"0{pre} {s[:3]} {s[3:]}", f"+260 {pre} {s[:3]} {s[3:]}", f"+260{pre}{s}",
             f"260 {pre} {s}", f"0211 {x.d(6)}"]
    elif c == "UK":
        s = x.d(9)
        f = [f"07{s[:3]} {s[3:]}", f"+44 7{s[:3]} {s[3:]}", f"07{s[:3]}-{s[3:6]}-{s[6:]}", f"07{s}",
             f"020 {x.ch('78')}{x.d(3)} {x.d(4)}", f"+447{s}"]
    else:
        a = x.ch(["713", "832", "281", "346"])
        e = str(r.randint(200, 989))
        s = x.d(4)
        f = [f"({a}) {e}-{s}", f"{a}-{e}-{s}", f"+1 {a} {e} {s}", f"{a}.{e}.{s}", f"1{a}{e}{s}"]
    return [(x.ch(f), "phone")]


def luhn_digit(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def rand_dob(x):
    return x.r.randint(1948, 2005), x.r.randint(1, 12), x.r.randint(1, 28)


def natid_val(x, c=None):
    c = c or x.h
    if c == "NG":
        return x.ch(["NIN", "NIN no", "nin"]), x.d(11)
    if c == "KE":
        if x.r.random() < 0.25:
            return "KRA PIN", "A0" + x.d(8) + x.ch("ABCDEFGHJKLMNPQRSTUVWXYZ")
        return x.ch(["ID", "ID no", "national ID", "id no."]), x.ch("123") + x.d(7)
    if c == "TZ":
        y, m, d = rand_dob(x)
        return x.ch(["NIDA", "NIDA no", "kitambulisho"]), f"{y}{m:02d}{d:02d}-{x.d(5)}-{x.d(5)}-{x.d(2)}"
    if c == "UG":
        return x.ch(["NIN", "national ID"]), x.ch(["CM", "CF"]) + x.d(2) + x.an(10)
    if c == "RW":
        y = x.r.randint(1955, 2004)
        v = f"1{y}{x.ch('78')}{x.d(7)}{x.d(1)}{x.d(2)}"
        if x.r.random() < 0.5:
            v = f"1 {y} {v[5]} {v[6:13]} {v[13]} {v[14:]}"
        return x.ch(["ID", "indangamuntu", "NID"]), v
    if c == "ET":
        if x.r.random() < 0.5:
            return x.ch(["Fayda", "FIN", "Fayda FIN"]), f"{x.d(4)} {x.d(4)} {x.d(4)}"
        return "Fayda FAN", x.d(16)
    if c == "ZA":
        y, m, d = rand_dob(x)
        g = x.r.randint(0, 9999)
        base = f"{y % 100:02d}{m:02d}{d:02d}{g:04d}{x.ch('0001')}8"
        v = base + luhn_digit(base + "0")
        return x.ch(["ID", "ID no", "SA ID", "id number"]), v
    if c == "ZW":
        dd = x.ch(["63", "08", "29", "58", "75", "03", "42", "70"])
        v = f"{dd}-{x.d(x.ch([6, 7]))} {x.ch('ABCDEFGHJKLMNPQRSTVWXYZ')} {x.d(2)}"
        if x.r.random() < 0.4:
            v = v.replace(" ", "")
        return x.ch(["ID", "national ID", "ID no"]), v
    if c == "ZM":
        return x.ch(["NRC", "NRC no", "nrc"]), f"{x.d(6)}/{x.d(2)}/1"
    if c == "UK":
        v = x.ch("ABCEGHJKLMNPRSTWXYZ") + x.ch("ABCEGHJKLMNPRSTWXYZ") + x.d(6) + x.ch("ABCD")
        if x.r.random() < 0.5:
            v = f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"
        return x.ch(["NI no", "NINO"]), v
    return "SSN", f"{x.r.randint(100, 899)}-{x.d(2)}-{x.d(4)}"


def natid(x, c=None):
    cue, v = natid_val(x, c)
    return O(cue + " ") + [(v, "id")]


def txn_val(x, c=None):
    c = c or x.h
    if x.c in ("UK", "US") and x.r.random() < 0.5:
        return x.ch(["transfer ref", "WorldRemit ref", "ref"]), x.ch([x.d(11), x.an(3) + "-" + x.an(6)])
    if c == "KE":
        return x.ch(["M-Pesa code", "mpesa ref", "txn", "code"]), x.ch("QRST") + x.an(9)
    if c == "TZ":
        return x.ch(["muamala", "txn id", "M-Pesa ref"]), x.an(10)
    if c in ("UG", "RW"):
        return x.ch(["MoMo txn id", "FT id", "txn"]), x.d(11)
    if c == "ZM":
        if x.r.random() < 0.5:
            return "Airtel Money txn", f"MP{x.d(6)}.{x.d(4)}.{x.ch('ABCDEFGH')}{x.d(5)}"
        return "MoMo txn id", x.d(11)
    if c == "ZW":
        return x.ch(["EcoCash ref", "txn", "ref"]), f"{x.ch(['MP', 'PP', 'CO'])}{x.d(6)}.{x.d(4)}.{x.ch('ABCDEFGH')}{x.d(5)}"
    if c == "ET":
        if x.r.random() < 0.5:
            return "telebirr txn", x.an(10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
        return "CBE ref", "FT" + x.d(5) + x.an(5, "ABCDEFGHJKLMNPQRSTUVWXYZ")
    if c == "NG":
        if x.r.random() < 0.5:
            return "session ID", "0000" + x.d(26)
        return x.ch(["txn ref", "ref"]), x.an(12)
    return x.ch(["ref", "txn"]), x.an(10)


def txn(x):
    cue, v = txn_val(x)
    return O(cue + " ") + [(v, "id")]


def meter_val(x):
    v = x.ch(["0", "1", "37", "14", "45", "04", "22"]) + x.d(9)
    v = v[:11]
    while len(v) < 11:
        v += x.d(1)
    if x.r.random() < 0.35:
        v = f"{v[:4]} {v[4:8]} {v[8:]}"
    return v


def acct_val(x):
    c = x.h if x.c not in ("UK", "US") else x.c
    if c == "NG":
        return x.d(10)
    if c == "KE":
        return x.ch(["01", "02", "11", "12"]) + x.d(11)
    if c == "ET":
        return "1000" + x.d(9)
    if c == "ZA":
        return x.ch(["1", "6", "4"]) + x.d(9)
    if c == "UK":
        return f"{x.d(2)}-{x.d(2)}-{x.d(2)} {x.d(8)}"
    if c == "US":
        return x.d(x.ch([10, 12]))
    return x.d(x.ch([10, 12, 13]))


def ticket_val(x):
    return x.ch([f"INC{x.d(7)}", f"TKT-{x.d(6)}", f"CS{x.d(8)}", f"#{x.d(6)}", f"SR-2024-{x.d(5)}",
                 f"CAS-{x.d(5)}-{x.an(6)}", f"REQ{x.d(6)}"])


def order_val(x):
    return x.ch([x.d(9), f"JMA-{x.d(7)}", f"RT{x.d(8)}", f"#{x.d(8)}", f"ORD-{x.an(8)}", f"KNG{x.d(7)}"])


def s10(x):
    d = x.d(8)
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    s = sum(int(a) * b for a, b in zip(d, w))
    ck = 11 - s % 11
    ck = 0 if ck == 10 else 5 if ck == 11 else ck
    cc = {"UK": "GB", "US": "US"}.get(x.c, x.c)
    return f"{x.ch(['RR', 'EE', 'CP', 'LX', 'RB'])}{d}{ck}{cc}"


def slug(x, p):
    g = fold(p.given).replace(" ", "")
    f = fold(p.family).replace(" ", "").replace("'", "")
    g = re.sub(r"[^a-z]", "", g)
    f = re.sub(r"[^a-z]", "", f)
    return x.ch([f"{g}.{f}", f"{g}_{f}", f"{g}{f}{x.d(2)}", f"{g}{x.ch(['254', '234', '27', '_za', '_ng', '256'])}",
                 f"{g[0]}{f}", f"{f}.{g}", f"{g}_{x.ch(['bakes', 'styles', 'collections', 'ventures', 'hair'])}",
                 f"{g}{f[:1]}{x.d(3)}"])


def email(x, p):
    dom = {"NG": ["gmail.com", "yahoo.com", "yahoo.co.uk", "hotmail.com", "outlook.com"],
           "KE": ["gmail.com", "yahoo.com", "outlook.com", "students.uonbi.ac.ke"],
           "ZA": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net", "icloud.com", "vodamail.co.za"],
           "ZW": ["gmail.com", "yahoo.com", "zol.co.zw"], "ZM": ["gmail.com", "yahoo.com", "zamnet.zm"],
           "ET": ["gmail.com", "yahoo.com", "ethionet.et"], "TZ": ["gmail.com", "yahoo.com"],
           "UG": ["gmail.com", "yahoo.com"], "RW": ["gmail.com", "yahoo.fr"],
           "UK": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com"],
           "US": ["gmail.com", "yahoo.com", "icloud.com", "aol.com", "outlook.com"]}[x.c]
    local = slug(x, p)
    if x.r.random() < 0.15:
        local = local.capitalize()
    return [(f"{local}@{x.ch(dom)}", "email")]


def url(x, p):
    sl = slug(x, p)
    cc = {"NG": "234", "KE": "254", "TZ": "255", "UG": "256", "RW": "250", "ET": "251", "ZA": "27",
          "ZW": "263", "ZM": "260", "UK": "44", "US": "1"}[x.c]
    return [(x.ch([f"facebook.com/{sl}", f"https://www.facebook.com/profile.php?id=1000{x.d(11)}",
                   f"instagram.com/{sl}", f"https://www.instagram.com/{sl}/", f"tiktok.com/@{sl}",
                   f"https://wa.me/{cc}{x.d(9)}", f"linkedin.com/in/{sl}-{x.an(6, 'abcdef0123456789')}",
                   f"x.com/{sl}", f"linktr.ee/{sl}"]), "url")]


def ip(x):
    pre = {"NG": ["102.89.", "105.112.", "197.210.", "129.205."], "KE": ["41.90.", "105.161.", "197.248.", "196.201."],
           "ZA": ["41.13.", "105.224.", "196.22.", "102.132."], "ET": ["196.188.", "197.156."],
           "TZ": ["41.59.", "197.250."], "UG": ["41.210.", "102.85."], "RW": ["41.186.", "197.157."],
           "ZW": ["41.174.", "197.221."], "ZM": ["41.60.", "165.56."], "UK": ["86.15.", "81.102."],
           "US": ["73.155.", "99.36."]}[x.c]
    if x.r.random() < 0.1:
        v = f"2c0f:{x.an(4, '0123456789abcdef')}:{x.an(4, '0123456789abcdef')}::{x.an(2, '0123456789abcdef')}"
    else:
        v = x.ch(pre) + f"{x.r.randint(0, 255)}.{x.r.randint(1, 254)}"
    return [(v, "ip")]


def card(x):
    pre = x.ch(["5399", "5061", "4187", "5196", "4741", "5284", "4567", "5123", "4000"])
    L = 19 if pre == "5061" and x.r.random() < 0.5 else 16
    body = pre + x.d(L - 5)
    full = body + luhn_digit(body + "0")
    last = full[-4:]
    k = x.r.random()
    if k < 0.35 and L == 16:
        v = " ".join(full[i:i + 4] for i in range(0, 16, 4))
    elif k < 0.45:
        v = full
    elif k < 0.6:
        v = f"**** **** **** {last}"
    elif k < 0.75:
        v = f"{full[:6]}******{last}"
    elif k < 0.88:
        v = f"XXXX-XXXX-XXXX-{last}"
    else:
        v = f"{full[:4]} {full[4:6]}** **** {last}"
    return [(v, "card")]


def iban(x, cc=None):
    cc = cc or ("GB" if x.c == "UK" and x.r.random() < 0.8 else x.ch(["GB", "DE", "FR", "NL", "IE", "BE"]))
    if cc in ("GB", "IE"):
        bban = x.ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "MONZ", "SRLG"] if cc == "GB"
                    else ["AIBK", "BOFI"]) + x.d(14)
    elif cc == "NL":
        bban = x.ch(["INGB", "ABNA", "RABO"]) + x.d(10)
    elif cc == "DE":
        bban = x.d(18)
    elif cc == "FR":
        bban = x.d(23)
    else:
        bban = x.d(12)
    rearr = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    ck = 98 - int(num) % 97
    v = f"{cc}{ck:02d}{bban}"
    if x.r.random() < 0.6:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return [(v, "iban")]


MONTHS = "January February March April May June July August September October November December".split()


def dob_date(x, allow_noyear=False):
    y, m, d = rand_dob(x)
    mn = MONTHS[m - 1]
    suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    opts = [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}", f"{d}{suf} {mn} {y}", f"{d} {mn[:3]} {y % 100:02d}", f"{d} {mn} {y}"]
    if x.c == "US":
        opts += [f"{mn} {d}, {y}", f"{m}/{d}/{y}"]
    if allow_noyear:
        opts += [f"{d}{suf} {mn}", f"{d} {mn[:3]}"]
    return x.ch(opts)


def dob(x):
    cue = x.ch(["DOB", "dob", "DOB:", "d.o.b", "born", "born on", "date of birth", "D.O.B."])
    if x.h in ("KE", "TZ") and x.r.random() < 0.3:
        cue = "alizaliwa"
    return O(cue + " ") + [(dob_date(x), "dob")]


def bday(x):
    return O(x.ch(["birthday is", "birthday", "bday is", "b'day"]) + " ") + [(dob_date(x, True), "dob")]


def passport(x):
    c = x.h
    v = {"NG": lambda: x.ch("ABD") + x.d(8), "KE": lambda: x.ch(["AK", "BK", "CK"]) + x.d(7),
         "ZA": lambda: x.ch("AMT") + x.d(8), "ET": lambda: x.ch(["EP", "EQ"]) + x.d(7),
         "UK": lambda: x.d(9), "US": lambda: x.d(9), "ZW": lambda: x.ch(["FN", "DN"]) + x.d(6),
         "ZM": lambda: "ZN" + x.d(6), "TZ": lambda: "TAE" + x.d(6), "UG": lambda: "B" + x.d(7),
         "RW": lambda: "PC" + x.d(6)}[c]()
    return [(v, "id")]


def postcode(x, c):
    if c == "NG":
        return x.ch(["100", "101", "102", "105", "900", "500", "400", "300", "540"]) + x.d(3)
    if c == "KE":
        return x.ch(["00100", "00200", "00505", "00606", "80100", "40100", "20100", "30100", "00618", "01000"])
    if c == "TZ":
        return x.ch(["11101", "14111", "23101", "25101", "41101", "33101", "16103"])
    if c == "ZA":
        return x.ch(["2000", "2001", "2196", "2193", "1818", "1632", "4001", "4052", "4031", "0699", "0950",
                     "0826", "2090", "1804", "4360"])
    if c == "ZM":
        return x.ch(["10101", "10100", "50100", "20100", "10201"])
    if c == "ET":
        return x.ch(["1000", "1110", "1250"])
    if c == "UK":
        out = x.ch(["SE15", "SE18", "SE28", "E13", "E6", "E17", "N17", "N15", "CR0", "SE6", "SE27", "IG11",
                    "RM10", "SW9", "SE5", "NW10", "LE5", "M14", "B21"])
        return f"{out} {x.d(1)}{x.ch('ABDEFGHJLNPQRSTUWXYZ')}{x.ch('ABDEFGHJLNPQRSTUWXYZ')}"
    if c == "US":
        return x.ch(["77036", "77072", "77099", "77083", "77489", "77478", "77449", "77082", "77031", "77053"])
    return None


STREETS = {
    "NG": ["Adeola Odeku Street", "Awolowo Road", "Allen Avenue", "Admiralty Way", "Bode Thomas Street",
           "Herbert Macaulay Way", "Adetokunbo Ademola Crescent", "Aminu Kano Crescent", "Ogui Road", "Aba Road",
           "Ikwerre Road", "Akpakpava Street", "Calabar Road", "Oron Road", "Old Otukpo Road", "Opebi Road",
           "Toyin Street", "Isaac John Street", "Agbani Road", "Ahmadu Bello Way", "Sapele Road",
           "Ekpo Abasi Street", "Mbiama Road", "Ikorodu Road", "Ago Palace Way"],
    "KE": ["Othaya Road", "Ngong Road", "Mombasa Road", "Thika Road", "Argwings Kodhek Road", "Waiyaki Way",
           "Kiambu Road", "Jogoo Road", "Lang'ata Road", "Links Road", "Oginga Odinga Street", "Kenyatta Highway",
           "Moi Avenue", "Nyerere Road"],
    "TZ": ["Ali Hassan Mwinyi Road", "Bagamoyo Road", "Uhuru Street", "Morogoro Road", "Nyerere Road",
           "Kawawa Road", "Sokoine Drive", "Haile Selassie Road"],
    "UG": ["Kampala Road", "Ntinda II Road", "Bukoto Street", "Kira Road", "Gayaza Road", "Entebbe Road",
           "Jinja Road", "Lumumba Avenue"],
    "ZA": ["Jan Smuts Ave", "Ontdekkers Rd", "Vilakazi Street", "Louis Botha Ave", "Smith Street",
           "Anton Lembede St", "Florida Rd", "Beyers Naude Dr", "Rivonia Rd", "Church Street", "Thabo Mbeki St",
           "Musgrave Rd", "Chris Hani Rd"],
    "ZW": ["Samora Machel Ave", "Fife Ave", "Herbert Chitepo St", "Borrowdale Rd", "Seke Rd", "Josiah Tongogara St",
           "Jason Moyo Ave", "Nelson Mandela Ave", "Leopold Takawira St"],
    "ZM": ["Great East Road", "Kabulonga Road", "Lumumba Road", "Cairo Road", "Addis Ababa Drive", "Independence Ave",
           "Leopards Hill Road", "Los Angeles Blvd", "Mosi-oa-Tunya Road"],
    "UK": ["Rye Lane", "Old Kent Road", "High Road", "Lewisham Way", "Plumstead Road", "London Road",
           "Barking Road", "Green Street", "Walworth Road", "Coldharbour Lane"],
    "US": ["Bellaire Blvd", "Bissonnet St", "Westheimer Rd", "Wilcrest Dr", "Beechnut St", "Hillcroft Ave",
           "Fondren Rd", "S Kirkwood Rd", "Gessner Rd", "W Airport Blvd"],
}
ESTATES = {"NG": ["Jakande Estate", "Gwarinpa Estate", "Lekki Gardens", "Festac Town", "Magodo GRA", "Trans-Amadi Estate",
                  "Independence Layout", "Citec Estate", "Sunnyvale Estate", "1004 Estate"],
           "KE": ["Fedha Estate", "Nyayo Estate", "Buruburu Phase 5", "Kileleshwa Court", "Mirage Towers", "Tsavo Apartments",
                  "Kahawa Sukari", "Greenspan Estate", "Umoja 2", "Pipeline Estate", "Donholm Phase 8"],
           "ZA": ["Sunset Villas", "Ridge Court", "Cosmo City", "The Gardens Estate", "Waterfall Estate"],
           "ZW": ["Causeway Court", "Greendale Park", "Westgate Flats"],
           "ZM": ["Kabulonga Gardens", "Ibex Hill estate", "Meanwood Ndeke", "Silverest Gardens"],
           "UK": ["Aylesbury Estate", "Heygate Court", "Thamesmead Estate"],
           "US": ["Bellaire Oaks Apts", "Alief Village Apts", "Gulfton Place"]}
STAGES = ["Githurai 45 stage", "Kangemi stage", "Kasarani Mwiki stage", "Rongai Tuskys stage", "Pipeline stage",
          "Nyayo stage", "Kikuyu stage", "Umoja Inner Core stage"]


def address(x, with_town=True):
    """Street address in the local country's format; returns segments."""
    c = x.c
    r = x.r
    n = str(r.randint(1, 250))
    segs = []
    town = x.ch(CITY.get(c, ["Kigali"]))
    pc = None
    if c == "NG":
        st = x.ch(STREETS["NG"])
        k = r.random()
        if k < 0.25:
            a = f"No. {n} {st}"
        elif k < 0.4:
            a = f"{n}{x.ch('ABCD')} {st}"
        elif k < 0.55:
            a = f"Plot {r.randint(100, 2500)} {st}"
        elif k < 0.7:
            a = f"Flat {r.randint(1, 12)}, Block {r.randint(1, 40)}, {x.ch(ESTATES['NG'])}"
        elif k < 0.85:
            a = f"House {n}, {x.ch(['3rd', '5th', '1st', '23'])} Avenue, {x.ch(ESTATES['NG'])}"
        else:
            a = f"{n} {x.ch(['Olayinka', 'Adeniyi', 'Chief Ogundipe', 'Akinola'])} Close, off {st}"
        pc = postcode(x, c) if r.random() < 0.3 else None
    elif c == "KE":
        k = r.random()
        if k < 0.25:
            a = f"House No. {n}, {x.ch(ESTATES['KE'])}, {x.ch(STREETS['KE'])}"
        elif k < 0.45:
            a = f"Apt {x.ch('ABCDE')}{r.randint(1, 20)}, {x.ch(ESTATES['KE'])}"
        elif k < 0.6:
            a = f"Plot {n}, {x.ch(STREETS['KE'])}"
        elif k < 0.75:
            a = f"Block {r.randint(1, 60)} Hse {r.randint(1, 30)}, {x.ch(ESTATES['KE'])}"
        elif k < 0.9:
            a = f"Hse {n} off {x.ch(STREETS['KE'])} near {x.ch(STAGES)}"
        else:
            a = f"Flat {r.randint(1, 9)}{x.ch('ABCD')}, {x.ch(ESTATES['KE'])}"
    elif c == "TZ":
        k = r.random()
        if k < 0.4:
            a = f"Plot {n}, Block {x.ch('ABCDEFG')}, {x.ch(['Mikocheni', 'Sinza', 'Mbezi Beach', 'Kijitonyama', 'Tegeta'])}"
        elif k < 0.7:
            a = f"Nyumba Na. {n}, Mtaa wa {x.ch(['Uhuru', 'Msimbazi', 'Aggrey', 'Lumumba', 'Jamhuri'])}"
        else:
            a = f"{n} {x.ch(STREETS['TZ'])}"
        pc = postcode(x, c) if r.random() < 0.25 else None
    elif c == "UG":
        a = x.ch([f"Plot {n}, {x.ch(STREETS['UG'])}", f"Plot {n} Block {r.randint(1, 300)}, {x.ch(STREETS['UG'])}",
                  f"House {n}, {x.ch(STREETS['UG'])}"])
    elif c == "RW":
        a = x.ch([f"KG {r.randint(1, 700)} Ave, No {n}", f"KN {r.randint(1, 200)} Rd {n}", f"KK {r.randint(1, 500)} St {n}",
                  f"House {n}, KG {r.randint(1, 700)} St"])
        town = "Kigali"
    elif c == "ET":
        a = x.ch([f"House No. {r.randint(100, 3000)}, Woreda {r.randint(1, 14):02d}, {x.ch(['Bole', 'Yeka', 'Kirkos', 'Arada', 'Lideta', 'Kolfe Keranio'])} Sub-city",
                  f"Kebele {r.randint(1, 30):02d}, House {r.randint(100, 999)}",
                  f"Woreda {r.randint(1, 14)}, H.No {r.randint(100, 3000)}"])
        town = x.ch(["Addis Ababa", "Addis", "Adama", "Bahir Dar"])
        pc = postcode(x, c) if r.random() < 0.15 else None
    elif c == "ZA":
        st = x.ch(STREETS["ZA"])
        a = x.ch([f"{n} {st}", f"Unit {r.randint(1, 80)} {x.ch(ESTATES['ZA'])}, {n} {st}",
                  f"{r.randint(1000, 19999)} Zone {r.randint(1, 10)}", f"Stand No. {r.randint(100, 9999)} Block {x.ch('ABFHKLM')}",
                  f"Flat {r.randint(100, 999)} {x.ch(ESTATES['ZA'])}, {n} {st}", f"Erf {r.randint(100, 9999)}",
                  f"{r.randint(1000, 9999)} {x.ch(['Mahlangu', 'Ndaba', 'Mofokeng', 'Khumalo'])} Street"])
        town = x.ch(["Soweto", "Pimville", "Tembisa", "Umlazi", "Durban", "Sandton", "Polokwane", "Thohoyandou",
                     "Giyani", "Randburg", "Parktown", "Diepkloof", "KwaMashu", "Soshanguve"])
        pc = postcode(x, c) if r.random() < 0.6 else None
    elif c == "ZW":
        a = x.ch([f"No. {n} {x.ch(STREETS['ZW'])}", f"Stand {r.randint(1000, 9999)}, {x.ch(['Budiriro 5', 'Kuwadzana 2', 'Glen View 3', 'Mkoba 12', 'Cowdray Park', 'Nkulumane'])}",
                  f"House No. {r.randint(100, 9999)}, {x.ch(['5th Street', '2nd Crescent'])}, {x.ch(['Mkoba 12', 'Entumbane', 'Luveve'])}",
                  f"Flat {r.randint(1, 30)}, {x.ch(ESTATES['ZW'])}, {n} {x.ch(STREETS['ZW'])}"])
        town = x.ch(["Harare", "Bulawayo", "Gweru", "Chitungwiza"])
    elif c == "ZM":
        a = x.ch([f"Plot {r.randint(100, 9999)}, {x.ch(STREETS['ZM'])}", f"House No. {n}, {x.ch(STREETS['ZM'])}",
                  f"Plot {r.randint(1, 999)}{x.ch(['a', 'b', ''])} {x.ch(ESTATES['ZM'])}", f"Farm {r.randint(1, 400)}a, {x.ch(['Mazabuka', 'Choma', 'Monze'])}"])
        town = x.ch(["Lusaka", "Choma", "Monze", "Livingstone", "Ndola"])
        pc = postcode(x, c) if r.random() < 0.3 else None
    elif c == "UK":
        a = x.ch([f"Flat {r.randint(1, 40)}, {n} {x.ch(STREETS['UK'])}", f"{n} {x.ch(STREETS['UK'])}",
                  f"{n}{x.ch('AB')} {x.ch(STREETS['UK'])}", f"{r.randint(1, 99)} {x.ch(['Cossall Walk', 'Sumner Road', 'Tower Mill Road', 'Bagshot Street'])}"])
        town = x.ch(["London", "Croydon", "Dagenham", "Leicester", "Manchester"])
        pc = postcode(x, c)
        segs = [(a, "address")]
        k = r.random()
        if k < 0.4:
            segs += O(", ") + [(town, "~")] + O(" ") + [(pc, "postcode")]
        elif k < 0.8:
            segs += O(", ") + [(pc, "postcode")]
        else:
            segs += O(" ") + [(pc, "postcode")] + O(" ") + [(town, "~")]
        return segs
    else:  # US
        a = f"{r.randint(1000, 14999)} {x.ch(STREETS['US'])}" + x.ch(["", f", Apt {r.randint(100, 2400)}", f" #{r.randint(1, 300)}"])
        pc = postcode(x, "US")
        segs = [(a, "address")]
        if r.random() < 0.7:
            segs += O(", ") + [(x.ch(["Houston, TX", "Houston TX", "Sugar Land, TX", "Katy, TX"]), "~")] + O(" ") + [(pc, "postcode")]
        else:
            segs += O(", TX ") + [(pc, "postcode")]
        return segs
    segs = [(a, "address")]
    if with_town and r.random() < 0.65:
        segs += O(", ") + [(town, "~")]
        if pc:
            segs += O(" ") + [(pc, "postcode")]
    elif pc:
        segs += O(", ") + [(pc, "postcode")]
    return segs


def pobox(x):
    c = x.c
    n = str(x.r.randint(10, 99999))
    if c == "KE":
        return [(f"P.O. Box {n}", "address")] + O("-") + [(postcode(x, c), "postcode")] + O(" ") + \
            [(x.ch(["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"]), "~")]
    if c == "TZ":
        return [(f"{x.ch(['S.L.P.', 'P.O. Box', 'SLP'])} {n}", "address")] + O(", ") + [(x.ch(["Dar es Salaam", "Moshi", "Arusha"]), "~")]
    if c == "ZA":
        return [(x.ch([f"PO Box {n}", f"Private Bag X{x.r.randint(1, 999)}"]), "address")] + O(", ") + \
            [(x.ch(["Polokwane", "Thohoyandou", "Giyani", "Durban"]), "~")] + O(", ") + [(postcode(x, c), "postcode")]
    if c == "ZM":
        return [(f"P.O. Box {n}", "address")] + O(", ") + [(x.ch(["Lusaka", "Choma", "Monze"]), "~")]
    if c == "US":
        return [(f"PO Box {n}", "address")] + O(", ") + [("Houston, TX", "~")] + O(" ") + [(postcode(x, c), "postcode")]
    if c == "UK":
        return [(f"PO Box {n}", "address")] + O(", ") + [(postcode(x, c), "postcode")]
    town = {"NG": ["Ikeja", "Abuja", "Calabar", "Enugu"], "UG": ["Kampala"], "RW": ["Kigali"], "ET": ["Addis Ababa"],
            "ZW": ["Harare", "Bulawayo"]}[c]
    return [(f"P.O. Box {n}", "address")] + O(", ") + [(x.ch(town), "~")]


# ------------------------------------------------------------ templates
PD_T = [
    ("*", "{CX} {N} called about failed {MOMO} transfer of {AMT}, reversed in {DUR} {OK}"),
    ("*", "spoke to {N} on {PH}, {ISSUE} fixed first time, {SH}"),
    ("*", "thanks to {AG} from billing, {CX} {N} got {HIS} refund of {AMT} same day"),
    ("*", "{NC} - {PLAN} upgrade done, confirmation sent to {EM}"),
    ("*", "{NP} {DEVICE} was stuck on boot loop, {AG} walked {HIM} thru reset {OK}"),
    ("*", "{CX} {NT} from {CITY}, SIM swap done after verifying {NATID} {OK}"),
    ("*", "{AT} pls note {N} ({PH}) now moved to {PLAN}, very happy"),
    ("*", "{CX} {N} {DOB} verified, {BANK} card unblocked {SH}"),
    ("*", "replacement router delivered to {ADDR} for {N}, {OK}"),
    ("*", "refund {AMT} pushed back to card {CARD} for {NT}, {SH}"),
    ("NG KE TZ UG RW ET ZA ZW ZM", "{TXN} confirmed for {N}, {AMT} reversed to {PH} {OK}"),
    ("*", "login blocked for {N}, IP {IP} flagged by fraud rule, whitelisted after call {OK}"),
    ("*", "cx sent profile link {URL}, page of {N} restored after verification {SH}"),
    ("*", "meter {METER} for {NT} now loading tokens again, {OK}"),
    ("*", "{N} and {N2} both called on the joint account {ACCT}, reactivated {SH}"),
    ("*", "{CX} {N} tel {PH} mail {EM} wanted callback re {ISSUE}, {AG} sorted it"),
    ("*", "escalated by {AG}, closed by {AG2}: {N} got {AMT} goodwill credit"),
    ("*", "{CX} {NQ} happy with new {PLAN}, {SH}"),
    ("*", "ticket {TICKET} | {NC} | {ISSUE} resolved in {DUR}"),
    ("*", "{DOB} - {N} needed KYC update, done at {CITY} branch {OK}"),
    ("*", "postal address for {N} updated to {PO} {SH}"),
    ("NG", "{NT} say {HIS} {MOMO} wallet don block, we unblock am sharp sharp, {BVN} checked"),
    ("NG", "{NT} don collect {HIS} refund {AMT}, e happy well well, {SH}"),
    ("NG", "{CX} {N} for {CITY} say na {TEL} data wahala, we fix am, {PH} confirmed"),
    ("KE TZ", "mteja {N} alikuwa na shida na {MOMO}, tumerudisha {AMT} kwa {PH} {OK}"),
    ("KE", "{NT} wa {CITY} alipiga, tokens za meter {METERV} zimeingia, ameshukuru"),
    ("KE", "{N} {NATID} verified, Fuliza limit imerudi, {OK}"),
    ("KE UG", "boda guy {N} paid {AMT} to wrong till, {TXN} reversed {OK}"),
    ("TZ", "mteja {N} wa {CITY} amepata msaada, {TXN} umerudishwa, {OK}"),
    ("ZA", "{CX} {NT} called re {UTIL} prepaid, meter {METERV} fixed, said ngiyabonga"),
    ("ZA", "{N} {NATID} verified, {BANK} app reset, {OK}"),
    ("ZA ZW", "courier delivered to {ADDR} for {N}, client happy {SH}"),
    ("ET", "customer {N} paid via telebirr, {TXN}, phone {PH}, {OK}"),
    ("ET", "{NT} (account holder is {N2}) {PLAN} activated, betam des alat"),
    ("ZW", "{N} {MOMO} {TXN} reversed, {NATID} confirmed, {OK}"),
    ("ZM", "{NT} from {CITY} got {AMT} back, {NATID}, said twalumba kapati"),
    ("UK", "{N} at {ADDR} sent {AMT} home to {HCITY} via {MOMO}, delay cleared {SH}"),
    ("US", "{N} in Houston, {ADDR}, card {CARD} limit raised, {HE} was thrilled"),
    ("*", "{N} and {HIS} daughter {N2G} both on the call, {ISSUE} resolved {SH}"),
    ("*", "{NF} family account {ACCT} - {AG} waived the fee, {SH}"),
    ("*", "caller {NG} forgot PIN, reset after {DOB} and {NATID} check, {OK}"),
    ("*", "username {USER} locked out of {APP}, unlocked by {AG} {OK}"),
    ("*", "order {ORDER} for {N} delivered to {ADDR} {OK}"),
    ("*", "passport {PASS} for {N} updated on booking {BOOK}, {SH}"),
    ("*", "{N} on {PH} confirmed everything working now, {OK}"),
    ("*", "big win today: {N} rated us 10/10, shoutout {AG} and {AG2}"),
    ("*", "spoke w {NT}, no need for {CITY} branch visit anymore, {SH}"),
    ("*", "{NP} {BDAY} so we added {AMT} bonus airtime, {HE} loved it"),
    ("*", "{NC}; {EM}; {PH}; resolved: {ISSUE}"),
    ("*", "pls thank {AG}, she calmed {NT} down and fixed {ISSUE} {SH}"),
    ("*", "nice one by {AG}: {CX} {N} got {HIS} {DEVICE} swapped at {SHOP} {CITY}"),
    ("*", "{CX} {N} wanted to cancel {PLAN}, stayed after discount, acct {ACCT} {SH}"),
    ("*", "{DOB} verified for {N}, policy {POLICY} reinstated {OK}"),
    ("*", "{N} called back just to say thanks to {AG}, {THX}"),
    ("*", "address {ADDR} confirmed for {N} before dispatch, {SH}"),
    ("*", "tracking {TRACK} for {NT} finally shows delivered, {OK}"),
    ("*", "{N}, {N2} and {AG} on a 3-way call, {ISSUE} sorted {SH}"),
    ("*", "{NQ} said {AG} is the best agent ever lol, {ISSUE} sorted"),
    ("*", "{CX} {N} reached us on whatsapp {URL}, {PLAN} activated {OK}"),
    ("UK", "{NT} paid from {HIS} UK account {IBAN} to family in {HCITY}, {OK}"),
    ("UK", "iban {IBAN} verified for {N}, {MOMO} payout to {HCITY} released {SH}"),
    ("*", "{CX} {N} smartcard {SMART} reactivated before the {EVENT}, {OK}"),
    ("*", "{AG} helped {NT} set up {APP}, {HE} is now self-serving {SH}"),
    ("*", "VIP {NC} called twice about {ISSUE}, fixed by {AG} on 2nd call"),
    ("*", "{N} {PH} {EM} {ISSUE} fixed {SH}"),
    ("*", "callback to {NT} at {CLK} on {PH}, {HE} confirmed {ISSUE} gone"),
    ("*", "new address {ADDR} saved for {NG}, bill will now go there {SH}"),
    ("*", "{CX} {NFO} surname first in CRM, corrected to proper order, {SH}"),
    ("*", "{CX} {N} card {CARD} was skimmed at {SHOP}, blocked and new card issued, {OK}"),
    ("NG", "{NT} Verve card {CARD} don dey work again for POS, {SH}"),
    ("ZA", "{N} {BANK} card {CARD} chargeback on {SHOP} approved, {OK}"),
    ("UK", "{NC} | {PH} | {ADDR} | IBAN {IBAN} | remittance to {HCITY} released"),
    ("NG KE TZ UG RW ET ZA ZW ZM UK", "{N} got inbound transfer from diaspora account {IBAN}, credited to {MOMO} wallet {OK}"),
    ("NG KE ZA ZW ET", "{NT} in Europe paid school fees from IBAN {IBAN}, {BANK} posted it {DUR} later, {SH}"),
    ("UK", "{N} ({EM}) asked why {BANK} transfer from {IBAN} was held, cleared after source of funds check {SH}"),
    ("UK US", "{NT} disputed {MOMO} charge, refund to {IBAN} done, {HE} said {THX}"),
    ("*", "{APP} sign-in from new device, IP {IP}, confirmed by {N} as own phone {OK}"),
    ("*", "portal audit: {NC} last login from {IP}, reset link sent to {EM}"),
    ("NG KE TZ ZA ZM UK US ET", "{N} moved house, postcode {PC} updated on profile, {SH}"),
    ("*", "{CX} {USERAT} on IG complained about {ISSUE}, DM'd and fixed, {SH}"),
    ("NG", "{NT} driver licence {DL} and {BVN} matched, account upgraded to tier 3 {OK}"),
    ("KE", "{CX} {N} {NATID}, {TXN}, Fuliza reversed ndani ya {DUR}, {OK}"),
    ("ZA", "{NT} from {CITY}, RICA redone with {NATID}, number {PH} active again, {OK}"),
    ("ET", "{N} {DOB}, CBE account {ACCT} unlocked at {CITY} branch, {OK}"),
    ("ZM ZW", "{N} ({N2G} is {HIS} sister) called from {CITY}, {TXN} reversed, {OK}"),
]

NOPD_T = [
    ("*", "{PLAN} not reflecting on {TEL} line, reapplied via {USSD} {OK}"),
    ("*", "outage in {CITY} cleared by {TEAM} at {CLK}, {SH}"),
    ("*", "{DEVICE} not charging, walked cx thru safe mode and cache wipe, {OK}"),
    ("*", "{MOMO} reversal of {AMT} done within {DUR}, cx happy"),
    ("*", "{TV} {TVPLAN} renewed, channels back before kickoff {OK}"),
    ("*", "{UTIL} tokens delayed, resent from vending portal, {SH}"),
    ("*", "cx at {PLACE} got refund for {AMT} double charge, {SH}"),
    ("*", "{BANK} app OTP not coming, fixed after {TEL} line re-registration {OK}"),
    ("*", "great call today!! {SH}, {SH2}, {OK}"),
    ("*", "cx flying out of {AIRPORT} tomorrow, roaming on {PLAN} activated {OK}"),
    ("*", "{TEAM} restored fibre in {CITY}, {ISP} router {ROUTER} swapped, {SH}"),
    ("NG", "customer say {TEL} data dey finish too fast, we explain {PLAN} well, e don understand"),
    ("KE", "mteja alikuwa ameblock {MOMO} PIN, tumefungua, {OK}"),
    ("TZ", "tatizo la {MOMO} limetatuliwa ndani ya {DUR}, mteja ameridhika sana"),
    ("ZA", "eish load shedding schedule confusion for {CITY}, explained stage 4 times, client happy"),
    ("*", "shoutout {TEAM}, {DUR} TAT on {ISSUE} cases this week"),
    ("*", "cx wanted to port from {TEL} to {TEL2}, stayed after {PLAN} offer {SH}"),
    ("*", "{SHOP} {CITY} order arrived same day, cx said {THX}"),
    ("*", "promised callback at {CLK} done on time, {OK}"),
    ("*", "{APP} crashing on {DEVICE} fixed by update v{VER}, {SH}"),
    ("*", "{AMT} double debit on {BANK} POS at {SHOP} reversed {OK}"),
    ("*", "{AIRLINE} flight {FLIGHT} rebooked for {DATE}, no change fee, {SH}"),
    ("*", "data rollover on {PLAN} explained slowly, cx finally happy {OK}"),
    ("*", "{TEL} SIM swap done at {CITY} service centre, {SH}"),
    ("UK US", "cx from {CITY} diaspora line sent {AMT} via {MOMO} to {HCITY}, arrived in {DUR}"),
    ("KE", "paybill {PAYBILL} confusion sorted, tokens received {OK}"),
    ("*", "{TV} froze on {CHANNEL} during {EVENT}, signal reset fixed it {SH}"),
    ("*", "lol cx thought {ISSUE} was our fault, explained nicely, still happy"),
    ("*", "{UTIL} outage in {CITY} ended at {CLK}, goodwill {AMT} credited {SH}"),
    ("*", "{QUEUE} queue cleared by {CLK}, {SH}"),
    ("*", "finally {BANK} USSD {USSD} working again for cx, {OK}"),
    ("*", "cx in {CITY} got new {DEVICE} on {PLAN} promo, {SH}"),
    ("ET", "{PLAN} package on {TEL} activated, customer said ameseginalehu, {SH}"),
    ("ZW", "{MOMO} USD wallet limit fixed, cx happy chaiyo, {SH}"),
    ("ZM", "{UTIL} units bought on {MOMO} finally reflected, twalumba from cx"),
    ("*", "claim on {INS} {INSPLAN} approved within {DUR}, {OK}"),
    ("*", "promise to pay on {DATE} honoured, {AMT} received, {SH}"),
    ("*", "cx was rude at first but ended with thanks, {ISSUE} fixed {SH}"),
    ("*", "{SHOP} voucher worth {AMT} applied to basket, {OK}"),
    ("*", "{RIDE} trip overcharged {AMT}, refunded to wallet, {SH}"),
    ("*", "transfer to {BANK} failed in the {CLK} maintenance window, retried and went thru"),
    ("KE TZ UG", "cx is a mama mboga in {CITY}, {MOMO} till issue sorted, {OK}"),
    ("*", "elderly mzee struggled with {APP}, walked him thru slowly, {OK}"),
    ("*", "{TEAM}: {NUM} tickets closed before {CLK}, {SH}"),
    ("*", "{DEVICE} and {ROUTER} combo set up over the phone, {ISP} line stable now {SH}"),
    ("*", "cx in {CITY} upgraded to {TVPLAN} on {TV} after the {EVENT} promo"),
    ("NG", "oga customer happy well well, {PLAN} don enter for {TEL} line, {SH}"),
    ("ZA", "sharp sharp, {BANK} card delivered to {CITY} branch, client said ayoba"),
    ("KE", "niaje team, {TEL} home fibre {CITY} iko fiti sasa, {SH}"),
    ("UK US", "{ISSUE} on {APP} fixed, cx left 5 star review on {STORE}"),
    ("*", "{AIRLINE} baggage at {AIRPORT} traced and delivered, {OK}"),
    ("*", "cx's {DEVICE} screen replaced under warranty at {PLACE}, {SH}"),
    ("*", "madam was angry abt {ISSUE} on {TEL}, calmed down after {AMT} credit, {OK}"),
    ("*", "reminder team: verify before SIM swap, today {NUM} fraud attempts blocked by {TEAM}"),
    ("ZA ZW", "gogo needed help with {APP} on {DEVICE}, all done, {OK}"),
    ("NG", "customer buy food from Mama Put for {CITY}, paid with {MOMO}, double debit reversed {OK}"),
    ("*", "newborn cover added to {INS} {INSPLAN} from {DATE}, {SH}"),
    ("*", "{AIRPORT} lounge access on {BANK} card sorted for cx, {SH}"),
    ("KE TZ", "mzee alikuwa amekwama na {APP}, tumemsaidia step by step, {OK}"),
]


def sh(x):
    return x.ch(SH)


def build_fillers(x):
    r = x.r
    c = x.c
    hc = x.h
    al = x.ch(AIRLINES)
    F = {
        "CX": lambda: O(x.ch(["cust", "cx", "caller", "customer", "client", "subscriber", "cust.", "Cx"] +
                             (["mteja"] if c in ("KE", "TZ") else []) + (["umthengi"] if c == "ZA" else []))),
        "N": lambda: name_segs(x, x.p1, "any"),
        "N2": lambda: name_segs(x, x.p2, x.ch(["full", "given", "title", "full"])),
        "N2G": lambda: name_segs(x, x.p2, "given"),
        "NG": lambda: name_segs(x, x.p1, "given"),
        "NT": lambda: name_segs(x, x.p1, x.ch(["title", "title", "post", "teknonym", "family"])),
        "NC": lambda: name_segs(x, x.p1, "crm"),
        "NP": lambda: name_segs(x, x.p1, x.ch(["full", "given", "title", "given"])) + O(x.ch(["'s", "'s", "’s"])),
        "NQ": lambda: (lambda q: O(q[0]) + name_segs(x, x.p1, x.ch(["given", "given", "full"])) + O(q[1]))(
            x.ch([('"', '"'), ("'", "'"), ("“", "”")])),
        "NF": lambda: name_segs(x, x.p1, "famonly"),
        "NFO": lambda: N((lambda f, g: f"{f.upper()} {g}")(x.p1.father if x.p1.cult == "amharic" else x.p1.family, x.p1.given)),
        "AG": lambda: agent(x, x.a1),
        "AG2": lambda: agent(x, x.a2),
        "AT": lambda: O("@") + N(x.a1.given if x.r.random() < 0.7 else (fold(x.a1.given) + "." + fold(x.a1.family)[:1])),
        "HIS": lambda: O("his" if x.p1.sex == "m" else "her"),
        "HIM": lambda: O("him" if x.p1.sex == "m" else "her"),
        "HE": lambda: O("he" if x.p1.sex == "m" else "she"),
        "PH": lambda: phone(x, c if (c not in ("UK", "US") or r.random() < 0.7) else hc),
        "EM": lambda: email(x, x.p1),
        "NATID": lambda: natid(x, hc if c not in ("UK", "US") or r.random() < 0.4 else c),
        "BVN": lambda: O("BVN ") + [("22" + x.d(9), "id")],
        "TXN": lambda: txn(x),
        "METER": lambda: [(meter_val(x), "id")],
        "METERV": lambda: [(meter_val(x), "id")],
        "ACCT": lambda: [(acct_val(x), "id")],
        "TICKET": lambda: [(ticket_val(x), "id")],
        "ORDER": lambda: [(order_val(x), "id")],
        "USER": lambda: [(("@" if r.random() < 0.3 else "") + slug(x, x.p1), "id")],
        "ADDR": lambda: address(x),
        "PO": lambda: pobox(x),
        "DOB": lambda: dob(x),
        "BDAY": lambda: bday(x),
        "CARD": lambda: card(x),
        "IBAN": lambda: iban(x),
        "IP": lambda: ip(x),
        "URL": lambda: url(x, x.p1),
        "PASS": lambda: passport(x),
        "POLICY": lambda: [(x.ch([f"POL/{r.randint(2015, 2024)}/{x.d(6)}", f"MTR-{x.d(7)}", f"HL{x.d(7)}", f"LP{x.d(8)}"]), "id")],
        "TRACK": lambda: [(s10(x) if r.random() < 0.6 else x.ch([f"DHL {x.d(10)}", f"G4S-{x.d(8)}", f"1Z{x.an(16)}"]), "id")],
        "BOOK": lambda: [(x.an(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "id")],
        "DL": lambda: [(x.an(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + x.d(5) + x.an(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + x.d(2), "id")],
        "SMART": lambda: [(x.ch([x.d(10), x.d(11), f"{x.d(2)} {x.d(4)} {x.d(4)}"]), "id")],
        # o fillers
        "TEL": lambda: O(x.ch(TEL[c])),
        "TEL2": lambda: O(x.ch(TEL[c])),
        "MOMO": lambda: O(x.ch(MOMO[c])),
        "BANK": lambda: O(x.ch(BANK[c])),
        "CITY": lambda: O(x.ch(CITY[c])),
        "HCITY": lambda: O(x.ch(CITY[hc if hc not in ("UK", "US") else "NG"])),
        "PLACE": lambda: O(x.ch(PLACES)),
        "AIRPORT": lambda: O(x.ch(AIRPORT[c])),
        "AMT": lambda: O(amt(x)),
        "DUR": lambda: O(tm(x)),
        "CLK": lambda: O(clk(x)),
        "PC": lambda: [(postcode(x, c), "postcode")],
        "USERAT": lambda: [("@" + slug(x, x.p1), "id")],
        "DATE": lambda: O(dt(x)),
        "OK": lambda: O(x.ch(OKS[c])),
        "THX": lambda: O(x.ch(THX[c])),
        "TEAM": lambda: O(x.ch(TEAMS)),
        "QUEUE": lambda: O(x.ch(QUEUES)),
        "DEVICE": lambda: O(x.ch(DEVICES)),
        "ROUTER": lambda: O(x.ch(ROUTERS)),
        "ISP": lambda: O(x.ch(ISP_C.get(c, ISP))),
        "PLAN": lambda: O(x.ch(PLANS[c])),
        "USSD": lambda: O(x.ch(USSD[c])),
        "UTIL": lambda: O(x.ch(UTIL[c])),
        "TV": lambda: O(x.ch(TVS)),
        "TVPLAN": lambda: O(x.ch(TVPLAN)),
        "CHANNEL": lambda: O(x.ch(CHANNELS)),
        "EVENT": lambda: O(x.ch(EVENTS)),
        "SHOP": lambda: O(x.ch(SHOPS)),
        "APP": lambda: O(x.ch(APPS_C.get(c, APPS))),
        "RIDE": lambda: O(x.ch(RIDES)),
        "INS": lambda: O(x.ch(INS)),
        "INSPLAN": lambda: O(x.ch(INSPLAN)),
        "AIRLINE": lambda: O(al[0]),
        "FLIGHT": lambda: O(f"{al[1]}{r.randint(100, 999)}"),
        "ISSUE": lambda: O(x.ch(ISSUES)),
        "SH": lambda: O(sh(x)),
        "SH2": lambda: O(sh(x)),
        "VER": lambda: O(f"{r.randint(2, 14)}.{r.randint(0, 9)}.{r.randint(0, 30)}"),
        "NUM": lambda: O(str(r.randint(12, 340))),
        "PAYBILL": lambda: O(x.ch(["888880", "247247", "522522", "400200", "222111"])),
        "STORE": lambda: O(x.ch(["Play Store", "App Store", "Trustpilot", "Google"])),
    }
    return F


def agent(x, a):
    k = x.r.random()
    if k < 0.55:
        return N(a.given)
    if k < 0.75:
        return N(f"{a.given} {a.family[0]}.")
    if k < 0.9:
        return N(f"{a.given} {a.family}")
    return N(a.given.lower())


TOK = re.compile(r"(\{[A-Z0-9]+\})")


def render(x, tpl):
    F = build_fillers(x)
    segs = []
    for part in TOK.split(tpl):
        if not part:
            continue
        if part.startswith("{") and part.endswith("}"):
            segs += F[part[1:-1]]()
        else:
            segs += O(part)
    return segs


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


def noise(x, segs):
    r = x.r
    segs = list(segs)
    if r.random() < 0.2:  # missing punctuation
        segs = [(t.replace(", ", " ").replace(",", " ").replace("  ", " "), l) if l == "o" else (t, l) for t, l in segs]
    if r.random() < 0.15:  # typo in an o word
        idx = [i for i, (t, l) in enumerate(segs) if l == "o" and re.search(r"\b[a-z]{5,}\b", t)]
        if idx:
            i = r.choice(idx)
            t = segs[i][0]
            words = list(re.finditer(r"\b[a-z]{5,}\b", t))
            m = r.choice(words)
            w = m.group(0)
            j = r.randint(1, len(w) - 2)
            w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:] if r.random() < 0.6 else w[:j] + w[j + 1:]
            segs[i] = (t[:m.start()] + w2 + t[m.end():], "o")
    if r.random() < 0.1:  # agent typed names in lower case only
        segs = [(t.lower(), l) if l == "name" else (t, l) for t, l in segs]
    if r.random() < 0.32:
        segs = [(t.lower(), l) for t, l in segs]
    elif r.random() < 0.1:
        t, l = segs[0]
        if l == "o":
            segs[0] = (t[:1].upper() + t[1:], l)
    return segs


def valid(x, segs, seen):
    text = "".join(t for t, _ in segs)
    if "\n" in text or text in seen:
        return False
    if not 5 <= len(text.split()) <= 45:
        return False
    for t, l in segs:
        if l not in LABELS:
            return False
        if l != "o" and (t != t.strip() or not t):
            return False
        if l == "name" and not x.ok(t):
            return False
    return True


def blind_notes(listed: frozenset) -> list:
    rng = random.Random(SEED)
    x = Ctx(rng, frozenset(listed))
    flags = [True] * (N_NOTES - N_NOPD) + [False] * N_NOPD
    rng.shuffle(flags)
    ctry = [c for c, w in COUNTRIES for _ in range(w)]
    notes, seen = [], set()
    for pd in flags:
        for _ in range(200):
            c = rng.choice(ctry)
            x.c = c
            x.h = rng.choice(DIASPORA[c]) if c in DIASPORA else c
            x.cults = ["afam"] if x.h == "US" else COUNTRY_CULT[x.h]
            pool = PD_T if pd else NOPD_T
            cand = [t for a, t in pool if a == "*" or c in a.split() or (c in ("UK", "US") and x.h in a.split())]
            tpl = rng.choice(cand)
            x.p1 = make_person(x)
            sex2 = "f" if ("daughter" in tpl or "sister" in tpl) else None
            x.p2 = make_person(x, x.p1.cult if rng.random() < 0.7 else None, sex2)
            # colleagues: local staff of the centre
            acults = x.cults if c not in ("UK", "US") else x.cults + ["afam", "yoruba", "igbo"]
            x.a1 = make_person(x, rng.choice(acults), "f" if "she calmed" in tpl else None)
            x.a2 = make_person(x, rng.choice(acults))
            if x.a1.given == x.a2.given or x.p1.given == x.p2.given:
                continue
            segs = merge(noise(x, merge(render(x, tpl))))
            if valid(x, segs, seen):
                seen.add("".join(t for t, _ in segs))
                notes.append(segs)
                break
    return notes


# ------------------------------------------------------------ self-check
def _selfcheck():
    sample = frozenset({"john", "mary", "grace", "blessing", "mohamed", "ali", "juma", "kamau", "adebayo",
                        "thabo", "wa", "smith", "memory", "gift", "sipho", "abebe", "washington", "johnson"})
    a = blind_notes(sample)
    b = blind_notes(sample)
    assert a == b, "not deterministic"
    assert len(a) == N_NOTES, len(a)
    texts = ["".join(t for t, _ in n) for n in a]
    assert len(set(texts)) == len(texts), "duplicates"
    counts = {l: 0 for l in LABELS}
    lower = nopd = 0
    for n, text in zip(a, texts):
        assert "\n" not in text
        assert 5 <= len(text.split()) <= 45, text
        for t, l in n:
            assert l in LABELS, l
            if l != "o":
                assert t == t.strip() and t, repr(t)
            if l == "name":
                assert not any(p in sample for p in name_parts(t)), t
            counts[l] += 1
        if text == text.lower():
            lower += 1
        if all(l in ("o", "~") for _, l in n):
            nopd += 1
    print("notes:", len(a))
    for l in LABELS:
        print(f"  {l:9s} {counts[l]}")
    print(f"all-lower-case share: {lower / len(a):.3f}")
    print(f"no-personal-data share: {nopd / len(a):.3f}")
    print("templates with PD:", len(PD_T), " without PD:", len(NOPD_T))
    print("naming cultures:", len(C))
    for k, v in C.items():
        assert len(set(v["m"])) >= 30 and len(set(v["f"])) >= 30 and len(set(v["s"])) >= 30, (k, len(set(v["m"])), len(set(v["f"])), len(set(v["s"])))


if __name__ == "__main__":
    _selfcheck()
