"""Blind evaluation set: East/Southeast Asian contact-centre 'customer win' notes.

Standard library only, deterministic.
"""
import random
import re
import unicodedata

SEED = 20261201

LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")

N_NOTES = 1000


def _fold(w):
    w = unicodedata.normalize("NFKD", w)
    return "".join(c for c in w if not unicodedata.combining(c)).lower()


def _name_parts(name):
    return [p for p in re.split(r"[\s\-'\u2019.]+", name) if p]


def _name_ok(name, listed):
    return all(_fold(p) not in listed for p in _name_parts(name))



# ---- NAME POOLS ----
# Each culture: male given, female given, family (or father's-name pool).
def _w(s):
    return [x.strip() for x in s.split("|") if x.strip()]

JP_M = _w("Hiroshi|Takeshi|Kenji|Daisuke|Shota|Haruto|Yuto|Sota|Ren|Kaito|Takumi|Ryota|"
          "Kazuki|Naoki|Yusuke|Tatsuya|Masato|Shinji|Koji|Makoto|Tomoya|Yuma|Riku|Hayato|"
          "Kohei|Shunsuke|Akira|Satoshi|Tetsuya|Jun|Minoru|Osamu|Yoshiki|Hikaru")
JP_F = _w("Yuki|Aiko|Haruka|Yui|Misaki|Sakura|Mei|Rin|Aoi|Hina|Nanami|Ayaka|Mai|Saki|"
          "Emi|Kaori|Noriko|Keiko|Tomoko|Yumiko|Megumi|Asuka|Chihiro|Mizuki|Natsuki|"
          "Rika|Miho|Kana|Shiori|Hikari|Momoka|Sayaka|Eri|Naomi")
JP_S = _w("Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|"
          "Yoshida|Yamada|Sasaki|Yamaguchi|Matsumoto|Inoue|Kimura|Hayashi|Shimizu|"
          "Yamazaki|Mori|Abe|Ikeda|Hashimoto|Ishikawa|Ogawa|Fujita|Okada|Goto|Hasegawa|"
          "Murakami|Kondo|Ishii|Sakamoto|Endo|Aoki|Fujii|Nishimura|Fukuda|Ota|Miura|Okamoto")

OK_M = _w("Kamaa|Seitoku|Chotoku|Kanryo|Seiko|Choken|Kanbun|Shigeru|Mashiho|Kotaro|Kanei|"
          "Seisho|Chojun|Kosaku|Shinpei|Kentoku|Eiichi|Seiichi|Tokuichi|Yoshimitsu|Kanyu|"
          "Choshin|Seizen|Shoei|Kosei|Takanobu|Ryuichi|Kanemori|Seiryo|Gishin|Shinko")
OK_F = _w("Kamado|Ushi|Nabe|Kama|Tsuru|Chiru|Yukie|Kame|Machi|Uto|Kana|Matsu|Haru|"
          "Chiyo|Tomi|Yasuko|Setsuko|Mitsue|Hatsue|Kiyo|Fumiko|Sumie|Yoshiko|Hideko|"
          "Masae|Toyo|Shizue|Nobuko|Kazue|Mieko|Ayano|Chinatsu")
OK_S = _w("Higa|Kinjo|Miyagi|Oshiro|Shimabukuro|Arakaki|Chinen|Ganaha|Gushiken|Hentona|"
          "Iha|Kakazu|Kyan|Nakandakari|Nakasone|Tamaki|Teruya|Toguchi|Uehara|Yamashiro|"
          "Yonamine|Zukeran|Aniya|Tokashiki|Yogi|Nakama|Ishimine|Chibana|Tsuha|Agena|"
          "Kayano|Chiri|Kaizawa|Urakawa|Sunazawa|Akibe|Yonaha|Kohagura|Gima|Afuso")

KR_M = _w("Min-jun|Seo-jun|Do-yun|Ye-jun|Si-woo|Ha-jun|Ji-ho|Jun-seo|Hyun-woo|Ji-hoon|"
          "Sung-min|Dong-hyun|Jae-won|Tae-yang|Sang-woo|Young-ho|Jin-woo|Kyung-soo|"
          "Seung-hyun|Joon-young|Woo-jin|Hyun-jun|Min-ho|Jong-un|Byung-chul|Chan-wook|"
          "Dae-ho|Gun-woo|Yoon-seok|In-su|Taek-yeon|Hee-chul")
KR_F = _w("Seo-yeon|Ji-woo|Seo-yun|Ha-eun|Min-seo|Ji-yoo|Yoon-seo|Chae-won|Su-ah|"
          "Ji-min|Hye-jin|Eun-ji|Soo-jin|Min-ji|Yu-na|Da-eun|Ye-eun|Na-rae|Bo-ra|"
          "Hyo-jin|Eun-hye|Jung-hwa|Mi-kyung|Sun-hee|Ga-young|So-yeon|Ha-neul|Seul-gi|"
          "Ye-ji|Jae-hee|Yeon-woo|Bo-young")
KR_S = _w("Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Oh|Seo|Shin|Kwon|Hwang|"
          "Ahn|Song|Jeon|Hong|Yoo|Ko|Moon|Yang|Son|Bae|Baek|Heo|Nam|Noh|Ha|Kwak|Sung|"
          "Cha|Joo|Woo|Min|Ryu|Jin|Chae|Pyo|Gong")

CN_M = _w("Wei|Hao|Jun|Lei|Yang|Tao|Bo|Peng|Xiaoming|Zihao|Haoran|Yuxuan|Zhiqiang|"
          "Jianguo|Jianhua|Guoqiang|Minghui|Yifan|Zhiwei|Wenjie|Junjie|Tianyu|Xiaolong|"
          "Chenxi|Ruiqi|Shuai|Kai|Dongmei|Hongwei|Yongjun|Jiahao|Bowen|Zeyu|Longfei")
CN_M = [x for x in CN_M if x != "Dongmei"]
CN_F = _w("Fang|Li|Na|Min|Jing|Yan|Xiu|Ying|Xiaohong|Yuqing|Zixuan|Yutong|Xinyi|Meiling|"
          "Lili|Huimin|Shuang|Jiayi|Ruoxi|Mengyao|Xue|Dongmei|Guifang|Lanying|Yating|"
          "Wenjing|Siqi|Yiran|Shiyu|Qian|Xiaoyan|Haiyan|Chunhua|Jiaqi")
CN_S = _w("Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|He|"
          "Gao|Lin|Luo|Zheng|Liang|Xie|Song|Tang|Han|Feng|Deng|Cao|Peng|Zeng|Xiao|Tian|"
          "Dong|Pan|Yuan|Cai|Jiang|Yu|Du|Ye|Cheng|Wei|Su|Lyu|Ding|Ren|Shen")

TW_M = _w("Chih-wei|Chun-hung|Chia-hao|Cheng-han|Kuan-yu|Yu-ting|Po-han|Tsung-han|Wei-chieh|"
          "Chien-hung|Ming-hsun|Chia-wei|Yi-hsiang|Tzu-hao|Kuo-hua|Chin-lung|Shih-chieh|"
          "Hsin-yi|Yung-ching|Cheng-kuo|Jui-lin|Chao-ming|Pei-hsuan|Wen-hsiung|Ching-kuo|"
          "Teng-hui|Tsai-feng|Chung-hsin|Yao-tsung|Hung-chi|Li-chun|Tien-fu")
TW_F = _w("Shu-fen|Mei-ling|Ya-ting|Hsiao-wen|Yi-chun|Hui-chen|Shu-hui|Pei-yu|Chia-hui|"
          "Yu-hsuan|I-ching|Hsin-ju|Chien-ju|Tzu-yu|Wan-ting|Ching-wen|Li-hua|Yueh-ying|"
          "Su-chen|Mei-hua|Hsiu-ying|Szu-yu|Chiao-en|Ying-chen|Fang-yu|Pin-yu|Chun-mei|"
          "Hsueh-li|Yi-hsuan|Shih-han|Tsui-ling|Ling-yi")
TW_S = _w("Chen|Lin|Huang|Chang|Li|Wang|Wu|Liu|Tsai|Yang|Hsu|Cheng|Hsieh|Kuo|Hung|Tseng|"
          "Chiu|Liao|Lai|Chou|Yeh|Su|Chuang|Lu|Chiang|Ho|Hsiao|Lo|Kao|Pan|Chien|Chu|Peng|"
          "Tu|Fan|Tsao|Chung|Yu|Hsueh|Shih")

HK_M = _w("Tai-man|Chi-keung|Ka-ho|Wing-kin|Chun-kit|Siu-ming|Kwok-wai|Man-kit|Ho-yin|"
          "Chi-wai|Yiu-fai|Kin-wah|Shing-fung|Pak-hei|Tsz-chun|Hon-ming|Kai-lok|Wai-lun|"
          "Chun-wing|Ka-lok|Lok-yin|Wing-hong|Tak-ming|Yat-long|Sai-kit|Ho-fung|Chi-hang|"
          "Kam-wing|Ming-tak|Siu-lung")
HK_F = _w("Siu-fong|Mei-ling|Wing-yan|Ka-yan|Hoi-yan|Sze-wan|Suet-ying|Man-yee|Lai-kuen|"
          "Wai-ling|Pui-yee|Yuk-lan|Ching-man|Oi-lam|Tsz-ching|Hiu-tung|Ka-man|Lok-yi|"
          "Mei-kuen|Yee-man|Shuk-fan|Po-yee|Kit-ying|Fung-yee|Wing-sze|Nga-man|Cheuk-yi|"
          "Hei-tung|Sin-yi|Yan-ting")
HK_S = _w("Chan|Wong|Leung|Cheung|Lau|Lee|Ho|Ng|Chow|Tsang|Yip|Lam|Kwok|Mak|Tse|Fung|"
          "Tang|Lui|Yeung|Chu|Siu|Ma|Lo|Kong|Cheng|Poon|Choi|Law|Tam|Au|Yuen|Hui|Kwan|"
          "Man|Fong|Mok|Shek|Tong|Wan|Sze")
EN_M = _w("Peter|Kelvin|Jason|Eric|Alan|Raymond|Vincent|Kenneth|Patrick|Samuel|Terence|"
          "Dickson|Edmond|Wilson|Marcus|Desmond|Gary|Ivan|Ronald|Stanley|Alvin|Benson|"
          "Calvin|Derek|Jacky|King|Sunny|Winson|Hugo|Tommy|Felix|Wayne|Elton|Ken")
EN_F = _w("Mandy|Cherry|Winnie|Joyce|Karen|Vivian|Jessica|Candy|Fiona|Gloria|Iris|Janice|"
          "Kitty|Ivy|Angel|Crystal|Jade|Summer|Hope|Joy|May|Rose|Phoebe|Queenie|Yvonne|"
          "Sharon|Michelle|Cheryl|Germaine|Rachel|Serene|Felicia|Charmaine|Audrey")

SG_M = _w("Wei Ming|Boon Keng|Kok Wah|Ah Kow|Chee Keong|Teck Huat|Soon Heng|Beng Hock|"
          "Kian Seng|Hock Seng|Eng Soon|Jun Jie|Wei Liang|Zhi Hao|Kah Meng|Yong Sheng|"
          "Choon Hong|Swee Leong|Ah Huat|Poh Kiat|Keng Hwee|Chin Huat|Thiam Soon|Guan Hock|"
          "Siew Kong|Heng Kiat|Boon Hwa|Kim Seng|Ser Kiat|Hock Lai")
SG_F = _w("Mei Ling|Siew Lan|Bee Hoon|Hui Min|Li Ting|Xin Yi|Pei Shan|Siok Hwa|Ai Ling|"
          "Geok Choo|Lay Hoon|Kim Lian|Swee Eng|Ah Lian|Poh Choo|Bee Leng|Jia Hui|Wan Ting|"
          "Hwee Ling|Sock Mui|Yen Ling|Shu Fen|Gek Lan|Mui Kheng|Lay Peng|Chwee Lian|"
          "Hui Shan|Seok Hoon|Bee Kim|Kah Yan")
SG_S = _w("Tan|Lim|Lee|Ng|Ong|Wong|Goh|Chua|Chan|Koh|Teo|Ang|Yeo|Tay|Ho|Low|Toh|Sim|Chong|"
          "Chia|Seah|Heng|Lau|Quek|Phua|Teh|Ong|Neo|Khoo|Lok|Tee|Soh|Oei|Kwek|Pang|Liew|"
          "Yap|Foo|Gan|Lai")

MY_M = _w("Ahmad|Muhammad|Mohd|Ismail|Hafiz|Faizal|Azman|Razak|Syafiq|Amirul|Hakim|Firdaus|"
          "Izzat|Zulkifli|Kamarul|Shahrul|Nazri|Rizal|Aiman|Danial|Haziq|Irfan|Khairul|"
          "Luqman|Najib|Rosli|Salleh|Yusof|Zainal|Fauzi|Harith|Ikhwan|Adib|Badrul")
MY_F = _w("Siti|Nurul|Aisyah|Farah|Nur Aina|Aminah|Zainab|Fatimah|Noraini|Rohani|Salmah|"
          "Zarina|Hidayah|Syafiqah|Nabila|Izzati|Aqilah|Balqis|Intan|Mawar|Sharifah|"
          "Suraya|Wan Nor|Liyana|Amalina|Hanis|Nadia|Rozita|Faridah|Norhayati|Mariam|Damia")
MY_S = _w("Abdullah|Ismail|Rahman|Hassan|Hussein|Ibrahim|Osman|Yusof|Ahmad|Ali|Omar|"
          "Kassim|Salleh|Hamid|Aziz|Razak|Mahmud|Jaafar|Sulaiman|Idris|Mansor|Zakaria|"
          "Ariffin|Bakar|Rashid|Musa|Saad|Harun|Hashim|Latif|Daud|Ghazali|Shukor|Rosli")

TA_M = _w("Rajesh|Suresh|Ganesh|Kumar|Murugan|Saravanan|Vikneswaran|Prakash|Arun|Karthik|"
          "Selvam|Ravi|Bala|Dinesh|Mahendran|Thinesh|Naveen|Sathish|Vijay|Gopal|Kannan|"
          "Kavin|Logeswaran|Mugilan|Tharun|Yuvaraj|Siva|Pravin|Ramesh|Elango|Anand")
TA_F = _w("Kavitha|Priya|Lakshmi|Meena|Devi|Shanti|Malar|Thulasi|Kalaivani|Revathi|Anitha|"
          "Sangeetha|Vasanthi|Pavithra|Nithya|Yamuna|Deepa|Sumathi|Gayathri|Indra|Janani|"
          "Kamala|Mageswari|Nalini|Puspa|Radha|Sharmila|Theviya|Uma|Vani|Selvi")
TA_S = _w("Subramaniam|Muthu|Krishnan|Ramasamy|Arumugam|Nadarajah|Rajendran|Govindasamy|"
          "Pillai|Suppiah|Sinnathamby|Maniam|Letchumanan|Kandasamy|Veerappan|Perumal|"
          "Ponnusamy|Sivalingam|Murugesu|Raman|Palaniappan|Annamalai|Chelliah|Thangaraj|"
          "Vadivelu|Kuppusamy|Selvaraj|Shanmugam|Karuppiah|Ganapathy|Rengasamy|Mariappan")

PR_M = _w("Boon Keng|Song Ong|Tiang Swee|Kim Hock|Chin Seng|Swee Poh|Teck Neo|Eng Lock|"
          "Cheng Lock|Peng Liang|Hock Chye|Tiong Bee|Chong Kiat|Kee Chye|Soo Beng|Guan Lee|"
          "Thean Teik|Seng Tat|Kiat Hong|Bak Kim|Eng Siang|Hoon Keat|Cheow Hock|Tuan Keat|"
          "Wee Kiat|Lian Huat|Sin Kee|Yew Lock|Hong Beng|Teik Hoe")
PR_F = _w("Bee Neo|Kim Neo|Poh Neo|Swee Lian|Guat Kheng|Chye Neo|Siang Neo|Geok Neo|"
          "Peck Neo|Kheng Neo|Lian Neo|Seok Neo|Bong Neo|Gaik Lean|Cheng Neo|Hong Neo|"
          "Bee Choo|Gek Kim|Swee Im|Lee Keow|Soon Neo|Ah Neo|Giok Hiang|Cheow Lian|"
          "Saw Imm|Bee Lian|Choo Neo|Kim Keow|Lian Kim|Suan Neo")
PR_S = _w("Wee|Gwee|Seow|Kwa|Chia|Yeo|Ee|Khoo|Cheah|Yeap|Lim|Tan|Baba|Koh|Chee|Lee|Ong|"
          "Low|Seet|Song|Teh|Quah|Kee|Tay|Chan|Chew|Goh|Neo|Yeoh|Peranakan-Hoe|Ho|Oon|"
          "Gan|Kiong|Seng")
PR_S = [x for x in PR_S if "-" not in x and x != "Baba"]
PR_EN_M = _w("Robert|Philip|Richard|Edwin|Lionel|Bertie|Claude|Cedric|Stanley|Maurice")
PR_EN_F = _w("Dorothy|Lily|Rosie|Molly|Violet|Doris|Agnes|Irene|Beatrice|Mabel")

EU_M = _w("Michael|Gerald|Bernard|Clement|Aloysius|Xavier|Julian|Dominic|Anthony|Glen|"
          "Keith|Brian|Melvyn|Errol|Reginald|Trevor|Wilfred|Cyril|Rodney|Neville|Percy|"
          "Barry|Gordon|Lionel|Adrian|Damian|Vernon|Clifford|Rex|Sebastian|Leon")
EU_F = _w("Brenda|Celine|Maureen|Bernadette|Gwendolyn|Melissa|Denise|Marilyn|Theresa|"
          "Rosemary|Patricia|Carol|Shirley|Valerie|Jacintha|Cheryl|Yvette|Imelda|Gloria|"
          "Stella|Beverly|Pamela|Doreen|Joanna|Sheila|Rochelle|Lorraine|Michelle|Nadine|"
          "Clarissa|Philomena")
EU_S = _w("de Souza|Pereira|D'Cruz|Rodrigues|Oliveiro|Shepherdson|Westerhout|Scully|"
          "Theseira|D'Almeida|Fernandez|da Silva|de Costa|Minjoot|Aeria|Sta Maria|"
          "Conceicao|Gomes|Hendricks|Jansen|Martens|Schoon|Van Cuylenburg|D'Rozario|"
          "Lazaroo|Nonis|de Mello|Sequerah|Paglar|De Witt|Hogan|Rozario|Netto|Sta. Ana|"
          "Jeremiah|Ferrao|Oehlers")

MO_M = _w("João|António|Manuel|José|Carlos|Miguel|Francisco|Luís|Rogério|Henrique|"
          "Jorge|Fernando|Rui|Paulo|Nuno|Alberto|Filipe|Eduardo|Armando|Augusto|Gonçalo|"
          "Ricardo|Sérgio|Vítor|Tiago|Duarte|Bernardino|Leonel|Aurélio|Jaime|Anselmo")
MO_F = _w("Maria|Ana|Isabel|Fernanda|Teresa|Lúcia|Cristina|Margarida|Filomena|Graça|"
          "Conceição|Rita|Helena|Inês|Sofia|Beatriz|Joana|Leonor|Aida|Glória|Natércia|"
          "Amélia|Rosa|Clara|Madalena|Catarina|Celeste|Marta|Irene|Luísa|Sílvia")
MO_S = _w("Senna Fernandes|Jorge|Ozorio|dos Remédios|Noronha|do Rosário|Basto|Nolasco|"
          "Rangel|Xavier|Lopes|Marques|Assumpção|Gracias|Carion|Sales|Airosa|Batalha|"
          "Dias|Sequeira|Britto|Collaço|Danenberg|Alves|Pinto|Ferreira|Coelho|Gageiro|"
          "Madeira|Pacheco|Fonseca|Tavares|Barreiros|da Luz|Amaral|Jesus")



# culture key -> (male, female, family, regions)
CULTURES = {
    "japanese": (JP_M, JP_F, JP_S, ("JP",)),
    "ainu_okinawan": (OK_M, OK_F, OK_S, ("JP",)),
    "korean": (KR_M, KR_F, KR_S, ("KR",)),
    "mandarin": (CN_M, CN_F, CN_S, ("CN",)),
    "taiwanese": (TW_M, TW_F, TW_S, ("TW",)),
    "cantonese": (HK_M, HK_F, HK_S, ("HK", "HK", "MO")),
    "hokkien_teochew": (SG_M, SG_F, SG_S, ("SG", "SG", "MY")),
    "malay": (MY_M, MY_F, MY_S, ("MY", "MY", "SG")),
    "tamil": (TA_M, TA_F, TA_S, ("MY", "SG")),
    "peranakan": (PR_M, PR_F, PR_S, ("SG", "MY")),
    "eurasian": (EU_M, EU_F, EU_S, ("SG", "SG", "MY")),
    "macanese": (MO_M, MO_F, MO_S, ("MO", "MO", "HK")),
}
CULTURE_KEYS = tuple(CULTURES)

_SYL = ("ka", "ri", "to", "mi", "su", "na", "ho", "ye", "ji", "wan", "lo", "se", "ru",
        "pa", "ne", "ko", "ta", "ha", "yu", "ze")


def _synth(rng, n):
    return "".join(rng.choice(_SYL) for _ in range(n)).capitalize()


def _kr_given(rng, g):
    r = rng.random()
    if r < 0.55:
        return g
    if r < 0.8:
        return g.replace("-", "").capitalize()
    a, b = g.split("-")
    return a + "-" + b.capitalize()


def _build(rng, culture, sex, plain):
    """Return dict with name forms. plain=True avoids particles."""
    M, F, S, regions = CULTURES[culture]
    g = rng.choice(M if sex == "m" else F)
    f = rng.choice(S)
    en = None
    p = {"culture": culture, "sex": sex, "region": rng.choice(regions)}
    if culture in ("japanese", "ainu_okinawan"):
        full = f"{f} {g}" if rng.random() < 0.7 else f"{g} {f}"
        nick = g
    elif culture == "korean":
        g = _kr_given(rng, g)
        full = f"{f} {g}" if rng.random() < 0.8 else f"{g} {f}"
        nick = g
    elif culture == "mandarin":
        full = f"{f} {g}" if rng.random() < 0.8 else f"{g} {f}"
        if rng.random() < 0.2:
            full = f"{f.upper()} {g}"
        nick = g
    elif culture == "taiwanese":
        if rng.random() < 0.3:
            g = "-".join(x.capitalize() for x in g.split("-"))
        full = f"{f} {g}" if rng.random() < 0.6 else f"{g} {f}"
        nick = g
    elif culture == "cantonese":
        en = rng.choice(EN_M if sex == "m" else EN_F)
        gg = g if rng.random() < 0.5 else g.replace("-", " ").title()
        r = rng.random()
        if r < 0.3:
            full = f"{en} {f}"
        elif r < 0.55:
            full = f"{f} {gg}"
        elif r < 0.8:
            full = f"{en} {f} {gg}"
        else:
            full = f"{f} {gg} {en}"
        nick = en
    elif culture in ("hokkien_teochew", "peranakan"):
        if culture == "peranakan":
            en = rng.choice((PR_EN_M + EN_M) if sex == "m" else (PR_EN_F + EN_F))
        else:
            en = rng.choice(EN_M if sex == "m" else EN_F)
        r = rng.random()
        if r < 0.35:
            full = f"{f} {g}"
        elif r < 0.6:
            full = f"{en} {f}"
        elif r < 0.8:
            full = f"{en} {f} {g}"
        else:
            full = f"{f} {g} {en}"
        nick = en
    elif culture == "malay":
        part = "bin" if sex == "m" else "binti"
        if rng.random() < 0.25:
            part = "b." if sex == "m" else "bt."
        if rng.random() < 0.3:
            g2 = rng.choice(M if sex == "m" else F)
            if g2 != g:
                g = f"{g} {g2}"
        full = f"{g} {f}" if plain or rng.random() < 0.2 else f"{g} {part} {f}"
        nick = g.split()[-1] if rng.random() < 0.4 else g.split()[0]
    elif culture == "tamil":
        part = "a/l" if sex == "m" else "a/p"
        r = rng.random()
        if plain or r < 0.3:
            full = f"{g} {f}"
        elif r < 0.5:
            full = f"{f[0]}. {g}"
        else:
            full = f"{g} {part} {f}"
        nick = g
    elif culture == "eurasian":
        full = f"{g} {f}"
        nick = g[:4] if len(g) > 6 and rng.random() < 0.3 else g
    else:  # macanese
        if rng.random() < 0.4:
            g2 = rng.choice(M if sex == "m" else F)
            if g2 != g:
                g = f"{g} {g2}"
        full = f"{g} {f}"
        if rng.random() < 0.3:
            f2 = rng.choice(S)
            if f2 != f:
                full = f"{g} {f2} {f}"
        nick = g.split()[0]
    if plain:
        f = " ".join(w for w in f.split() if w.lower() not in ("de", "da", "do", "dos", "sta", "sta.", "van"))
        full = " ".join(w for w in full.split() if w.lower() not in ("de", "da", "do", "dos", "sta", "sta.", "van")) or full
    p.update(g=g, f=f, full=full, nick=nick, en=en)
    return p


def _person_ok(p, listed):
    return all(_name_ok(p[k], listed) for k in ("g", "f", "full", "nick", "en") if p.get(k))


def make_person(rng, listed, culture=None, sex=None):
    culture = culture or rng.choice(CULTURE_KEYS)
    sex = sex or rng.choice("mf")
    for i in range(400):
        p = _build(rng, culture, sex, plain=i >= 150)
        if p["f"] and _person_ok(p, listed):
            return p
    # graceful fallback: synthetic names of the same shape
    for _ in range(400):
        g, f = _synth(rng, 2), _synth(rng, 2)
        p = {"culture": culture, "sex": sex, "region": CULTURES[culture][3][0],
             "g": g, "f": f, "full": f"{f} {g}", "nick": g, "en": None}
        if _person_ok(p, listed):
            return p
    return p

# ---- REGIONAL "KEEP" VOCABULARY (all label o) ----
REG = {
    "JP": dict(tel=_w("NTT Docomo|docomo|SoftBank|au|Rakuten Mobile|ahamo|povo|LINEMO|Y!mobile|UQ mobile"),
               bank=_w("MUFG|SMBC|Mizuho|Japan Post Bank|Rakuten Bank|PayPay Bank|Sony Bank|Resona"),
               shop=_w("Rakuten Ichiba|Amazon JP|Mercari|Yodobashi|Bic Camera|ZOZOTOWN|Uniqlo|Don Quijote|Yahoo Shopping"),
               air=_w("JAL|ANA|Peach|Jetstar Japan|Skymark|Zipair|Solaseed Air"),
               deliv=_w("Yamato|Sagawa|Japan Post|Uber Eats|Demae-can|Wolt|Menu"),
               pay=_w("PayPay|LINE Pay|Suica|PASMO|Rakuten Pay|d-barai|au PAY|iD"),
               place=_w("Shinjuku|Shibuya|Umeda|Namba|Tenjin|Sapporo|Naha|Haneda|Narita|Kansai Airport|Ikebukuro|Sendai|Yokohama|Hakata|Okinawa"),
               city=_w("Tokyo|Osaka|Nagoya|Fukuoka|Sapporo|Naha|Kyoto|Kobe|Yokohama|Chiba"),
               cur=("JPY", "yen", "\u00a5"),
               part=_w("arigatou|sumimasen|daijoubu|yoroshiku|sou desu|naruhodo|otsukare|hai hai|yokatta|chotto"),
               ),
    "KR": dict(tel=_w("SK Telecom|SKT|KT|LG U+|KT M Mobile|Hello Mobile|U+ Alddle"),
               bank=_w("KB Kookmin|Shinhan|Woori|Hana Bank|KakaoBank|Toss Bank|NH Nonghyup|IBK"),
               shop=_w("Coupang|Gmarket|11st|Naver Shopping|SSG.com|Musinsa|Olive Young|Kurly|Auction"),
               air=_w("Korean Air|Asiana|Jeju Air|Jin Air|T'way|Air Busan|Air Premia"),
               deliv=_w("Baemin|Coupang Eats|Yogiyo|CJ Logistics|Hanjin|Lotte Global|Coupang Rocket"),
               pay=_w("KakaoPay|Naver Pay|Toss|Samsung Pay|T-money|Payco"),
               place=_w("Gangnam|Hongdae|Myeongdong|Jamsil|Incheon Airport|Gimpo|Haeundae|Pangyo|Yeouido|Seomyeon|Jeju"),
               city=_w("Seoul|Busan|Incheon|Daegu|Daejeon|Gwangju|Suwon|Seongnam|Ulsan|Jeju-si"),
               cur=("KRW", "won", "\u20a9"),
               part=_w("gamsahamnida|ne ne|gwenchana|daebak|aigoo|jinjja|kamsa|mianhae|hwaiting|jalhaesseo"),
               ),
    "TW": dict(tel=_w("Chunghwa Telecom|Taiwan Mobile|FarEasTone|Taiwan Star|GT Mobile|CHT"),
               bank=_w("CTBC|Cathay United|E.Sun|Fubon|Taishin|Mega Bank|LINE Bank|Richart"),
               shop=_w("PChome 24h|momo|Shopee TW|Ruten|Yahoo Kimo|Books.com.tw|Costco TW|Carrefour"),
               air=_w("EVA Air|China Airlines|Starlux|Tigerair Taiwan|Mandarin Airlines|Uni Air"),
               deliv=_w("foodpanda|Uber Eats|Black Cat|Chunghwa Post|HCT|7-11 pickup|FamilyMart pickup"),
               pay=_w("JKO Pay|LINE Pay|EasyCard|iPASS|Taiwan Pay|Pi Wallet"),
               place=_w("Xinyi|Taipei 101|Ximending|Banqiao|Taoyuan Airport|Songshan|Zuoying|Tamsui|Shilin|Taichung HSR"),
               city=_w("Taipei|New Taipei|Taichung|Kaohsiung|Tainan|Hsinchu|Taoyuan|Keelung"),
               cur=("NTD", "NT$", "TWD"),
               part=_w("hao de|xiexie|mei wenti|bu hao yi si|ok la|ou|aiyo|gan xie|suan le|lihai"),
               ),
    "HK": dict(tel=_w("CSL|1O1O|SmarTone|3HK|China Mobile HK|HKBN|Club SIM|PCCW"),
               bank=_w("HSBC|Hang Seng|BOC HK|Standard Chartered|ZA Bank|Mox|BEA|Citibank HK"),
               shop=_w("HKTVmall|Fortress|Broadway|Wing On|Sincere|Taobao HK|Price.com.hk|Carousell HK|Mannings|Watsons"),
               air=_w("Cathay Pacific|Cathay|HK Express|Greater Bay Airlines|Hong Kong Airlines"),
               deliv=_w("foodpanda|Keeta|Deliveroo|SF Express|Lalamove|GOGOX|Hongkong Post"),
               pay=_w("Octopus|FPS|PayMe|AlipayHK|WeChat Pay HK|Tap & Go"),
               place=_w("Mong Kok|Causeway Bay|Tsim Sha Tsui|Sha Tin|Tseung Kwan O|Kwun Tong|Central|Tuen Mun|Chek Lap Kok|Tung Chung|Yuen Long"),
               city=_w("Hong Kong|Kowloon|New Territories|HK Island|Lantau"),
               cur=("HKD", "HK$", "hkd"),
               part=_w("m goi|do je|hai ah|ok la|mo man tai|gau dim|ho ah|mafan|sin|jau dak"),
               ),
    "MO": dict(tel=_w("CTM|3 Macau|China Telecom Macau|SmarTone Macau"),
               bank=_w("BNU|Banco Tai Fung|ICBC Macau|Luso International|BOC Macau|OCBC Wing Hang"),
               shop=_w("New Yaohan|San Miu|Taobao|Galaxy Promenade|Shoppes at Venetian|Royal Supermarket"),
               air=_w("Air Macau|Cathay|AirAsia|TurboJET|Cotai Water Jet"),
               deliv=_w("Aomi|mFood|SF Express|Macau Post|Keeta"),
               pay=_w("MPay|BOC Pay|Macau Pass|Alipay Macau|Luso Pay"),
               place=_w("Taipa|Cotai|Senado Square|Coloane|Outer Harbour|Macau Airport|Barra|Areia Preta|Hac Sa"),
               city=_w("Macau|Macao|Taipa|Coloane"),
               cur=("MOP", "pataca", "MOP$"),
               part=_w("m goi|obrigado|obrigada|ok la|do je|mo man tai|ya|tudo bem|hai ah|gau dim"),
               ),
    "CN": dict(tel=_w("China Mobile|China Unicom|China Telecom|China Broadnet"),
               bank=_w("ICBC|CCB|Bank of China|ABC|CMB|Ping An|WeBank|Bank of Communications"),
               shop=_w("Taobao|Tmall|JD.com|Pinduoduo|Douyin Mall|Vipshop|Xianyu|Suning|Meituan Youxuan"),
               air=_w("Air China|China Eastern|China Southern|Hainan Airlines|Spring Airlines|Sichuan Airlines"),
               deliv=_w("Meituan|Ele.me|SF Express|ZTO|YTO|JD Logistics|Cainiao|Dada"),
               pay=_w("Alipay|WeChat Pay|UnionPay|Huabei|Yu'e Bao|Cloud QuickPass"),
               place=_w("Pudong|Hongqiao|Chaoyang|Tianhe|Futian|Nanshan|Xuhui|Jing'an|Daxing Airport|Baiyun Airport"),
               city=_w("Shanghai|Beijing|Shenzhen|Guangzhou|Chengdu|Hangzhou|Wuhan|Nanjing|Xi'an|Chongqing"),
               cur=("RMB", "CNY", "yuan"),
               part=_w("hao de|mei wenti|xiexie|qin|ma fan ni|ok de|haode ya|bu ke qi|dui|xing"),
               ),
    "SG": dict(tel=_w("Singtel|StarHub|M1|Circles.Life|SIMBA|giga|Gomo|MyRepublic|ViewQwest"),
               bank=_w("DBS|POSB|OCBC|UOB|Trust Bank|GXS|Maybank SG|Citi SG"),
               shop=_w("Shopee|Lazada|Qoo10|Amazon SG|Courts|Harvey Norman|Challenger|FairPrice|Carousell|Don Don Donki"),
               air=_w("SIA|Singapore Airlines|Scoot|Jetstar Asia|KrisFlyer"),
               deliv=_w("GrabFood|foodpanda|Deliveroo|Ninja Van|SingPost|J&T|Qxpress|Lalamove|Grab"),
               pay=_w("PayNow|PayLah|GrabPay|NETS|SimplyGo|ShopBack Pay|Atome"),
               place=_w("Jurong East|Tampines|Woodlands|Toa Payoh|Changi T3|Orchard|Bedok|Punggol|Bugis|Tan Tock Seng|Lee Kong Chian|Ang Mo Kio|Clementi"),
               city=_w("Singapore|Singapore|S'pore|SG"),
               cur=("SGD", "S$", "$"),
               part=_w("lah|leh|lor|sia|meh|can lah|paiseh|shiok|steady|alamak|walao|ok can|liao|chop chop|hor"),
               ),
    "MY": dict(tel=_w("Maxis|CelcomDigi|U Mobile|Unifi|TM|Yes|Hotlink|Tune Talk|redONE|XOX"),
               bank=_w("Maybank|CIMB|Public Bank|RHB|Hong Leong|AmBank|Bank Islam|BSN|GXBank"),
               shop=_w("Shopee|Lazada|Zalora|PG Mall|Mr DIY|AEON|Lotus's|TikTok Shop|Senheng"),
               air=_w("AirAsia|MAS|Malaysia Airlines|Batik Air|Firefly|MASwings"),
               deliv=_w("GrabFood|foodpanda|ShopeeFood|Pos Laju|J&T|Ninja Van|DHL eCommerce|Lalamove|City-Link"),
               pay=_w("Touch 'n Go|TNG eWallet|DuitNow|Boost|GrabPay|MAE|ShopeePay|FPX"),
               place=_w("Bukit Bintang|KLIA|KLIA2|Mid Valley|Petaling Jaya|Subang|Cyberjaya|Bangsar|Georgetown|Johor Bahru|Melaka|Kota Kinabalu|Ipoh"),
               city=_w("Kuala Lumpur|Petaling Jaya|Shah Alam|George Town|Johor Bahru|Ipoh|Melaka|Kuching|Kota Kinabalu|Seremban|Klang"),
               cur=("RM", "MYR", "rm"),
               part=_w("lah|boleh|tak apa|terima kasih|sudah settle|alamak|aiyo|cun|mantap|best gila|ok boss|habis"),
               ),
}
REGIONS = tuple(REG)

TEAMS = _w("Retention|Tier 2|L2 Billing|Escalations|Back Office|Chargeback desk|VIP Care|"
           "Fraud Ops|Collections|Tech Support|Onboarding|Save Desk|Social Care|Porting Team|"
           "Complaints Unit|KYC Ops|Disputes|Logistics CS|Flight Ops desk|Merchant Care")
QUEUES = _w("Q-BILL-02|RET_EN|VIP-CN|L1_MY_BM|ESC-HK|SOC_JP|CHAT_SG_EN|TIER2-KR|WEB-CHAT|"
            "IVR-OVERFLOW|PORT_IN|FRD-HOLD|LIVECHAT-TW|WA-QUEUE|CB-QUEUE")
PLANS = _w("Unlimited 5G Max|Postpaid 98|Fibre 1Gbps|Family Share 60GB|Prepaid Hotlink 30|"
           "Max Value 128|SIM Only 35|5G Premium 110|Home Fibre 500M|Data Roam Asia 7D|"
           "Platinum Plus|Gold card|World Elite|KrisFlyer Elite Gold|Marco Polo Silver|"
           "Plus Membership|Rocket Wow|Prime|Super Saver 20GB|Business Pro 300")
PRODUCTS = _w("iPhone 15 Pro|Galaxy S24 Ultra|Pixel 8a|Xiaomi 14T|OPPO Reno12|vivo X100|"
              "Huawei Mate 60|Galaxy Z Flip6|AirPods Pro 2|Dyson V15|router AX3000|"
              "Nintendo Switch OLED|Sony WH-1000XM5|TP-Link Deco X50|ONU HG8245|"
              "Galaxy Tab S9|MacBook Air M3|Redmi Note 13|Rice cooker NP-HBQ10|Aircond X-3000")
WINS = _w("cust happy|cx satisfied|issue resolved FCR|saved from churn|retained|closed w/ CSAT 5|"
          "customer thanked team|complaint withdrawn|NPS 10 given|case closed happy|"
          "refund approved same day|upsell done|escalation avoided")
ABBR = _w("FCR|CSAT|NPS|AHT|TAT|SLA|KIV|ETA|RTS|COD|OTP|eKYC|T&C|FYI|pls|thx|tq|asap|"
          "w/o|w/|b4|abt|cfm|np|btw|acct|cx|cust|amt|info")

# ---- PERSONAL-DATA GENERATORS ----
def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone(rng, reg):
    r = rng.random()
    if reg == "JP":
        p = rng.choice(("090", "080", "070"))
        a, b = _d(rng, 4), _d(rng, 4)
        if r < 0.5:
            return f"{p}-{a}-{b}"
        if r < 0.7:
            return f"{p}{a}{b}"
        if r < 0.85:
            return f"+81 {p[1:]}-{a}-{b}"
        return f"0{rng.choice('36')}-{_d(rng, 4)}-{_d(rng, 4)}"
    if reg == "KR":
        a, b = _d(rng, 4), _d(rng, 4)
        if r < 0.55:
            return f"010-{a}-{b}"
        if r < 0.7:
            return f"010{a}{b}"
        if r < 0.85:
            return f"+82 10-{a}-{b}"
        return f"02-{_d(rng, 3)}-{_d(rng, 4)}"
    if reg == "TW":
        a = "09" + _d(rng, 2)
        if r < 0.5:
            return f"{a}-{_d(rng, 3)}-{_d(rng, 3)}"
        if r < 0.7:
            return a + _d(rng, 6)
        if r < 0.85:
            return f"+886 {a[1:]} {_d(rng, 3)} {_d(rng, 3)}"
        return f"(02){_d(rng, 4)}-{_d(rng, 4)}"
    if reg == "HK":
        a = rng.choice("5679") + _d(rng, 3)
        if r < 0.55:
            return f"{a} {_d(rng, 4)}"
        if r < 0.75:
            return a + _d(rng, 4)
        return f"+852 {a} {_d(rng, 4)}"
    if reg == "MO":
        a = "6" + rng.choice("2356") + _d(rng, 2)
        if r < 0.5:
            return f"{a} {_d(rng, 4)}"
        if r < 0.7:
            return a + _d(rng, 4)
        return f"+853 {a}{_d(rng, 4)}"
    if reg == "CN":
        a = "1" + rng.choice("35789") + _d(rng, 1)
        if r < 0.45:
            return a + _d(rng, 8)
        if r < 0.7:
            return f"{a} {_d(rng, 4)} {_d(rng, 4)}"
        if r < 0.85:
            return f"+86 {a}-{_d(rng, 4)}-{_d(rng, 4)}"
        return f"021-{_d(rng, 8)}"
    if reg == "SG":
        a = rng.choice("89") + _d(rng, 3)
        if r < 0.5:
            return f"{a} {_d(rng, 4)}"
        if r < 0.7:
            return a + _d(rng, 4)
        if r < 0.88:
            return f"+65 {a} {_d(rng, 4)}"
        return f"6{_d(rng, 3)} {_d(rng, 4)}"
    # MY
    a = "01" + rng.choice("0234679")
    if r < 0.45:
        return f"{a}-{_d(rng, 3)} {_d(rng, 4)}"
    if r < 0.65:
        return a + _d(rng, 7)
    if r < 0.85:
        return f"+60 {a[1:]}-{_d(rng, 3)} {_d(rng, 4)}"
    return f"03-{_d(rng, 4)} {_d(rng, 4)}"


def postcode(rng, reg):
    if reg == "JP":
        return f"{_d(rng, 3)}-{_d(rng, 4)}"
    if reg == "KR":
        return rng.choice("01234") + _d(rng, 4)
    if reg == "TW":
        return rng.choice(("1", "2", "3", "4", "8")) + _d(rng, rng.choice((2, 4, 5)))
    if reg == "CN":
        return rng.choice(("10", "20", "31", "51", "61", "43")) + _d(rng, 4)
    if reg == "SG":
        pc = rng.choice(("52", "56", "46", "64", "73", "82", "31", "08")) + _d(rng, 4)
        return pc if rng.random() < 0.75 else "S" + pc
    if reg == "MY":
        return rng.choice(("50", "47", "40", "10", "80", "31", "93", "88", "81")) + _d(rng, 3)
    return None


def _luhn_complete(prefix, length, rng):
    body = prefix + _d(rng, length - len(prefix) - 1)
    s = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return body + str((10 - s % 10) % 10)


def card(rng):
    pre = rng.choice(("4", "4", "5" + rng.choice("12345"), "35" + rng.choice("2345678"), "62"))
    num = _luhn_complete(pre, 16, rng)
    g = [num[i:i + 4] for i in range(0, 16, 4)]
    r = rng.random()
    if r < 0.3:
        return " ".join(g)
    if r < 0.4:
        return num
    if r < 0.55:
        return f"{g[0]} **** **** {g[3]}"
    if r < 0.7:
        return f"xxxx-xxxx-xxxx-{g[3]}"
    if r < 0.8:
        return "*" * 12 + g[3]
    if r < 0.9:
        return f"{g[0][:4]}-{g[1][:2]}XX-XXXX-{g[3]}"
    return f"XXXX XXXX XXXX {g[3]}"


def _iban_check(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    return f"{98 - n % 97:02d}"


def iban(rng):
    cc, bban = rng.choice((
        ("PT", "0035" + _d(rng, 17)), ("DE", _d(rng, 18)), ("GB", "HSBC" + _d(rng, 14)),
        ("FR", _d(rng, 23)), ("NL", "ABNA" + _d(rng, 10)), ("AE", _d(rng, 19)),
        ("CH", _d(rng, 17)), ("GB", "BARC" + _d(rng, 14))))
    raw = cc + _iban_check(cc, bban) + bban
    if rng.random() < 0.6:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


def ip(rng):
    if rng.random() < 0.8:
        return ".".join(str(x) for x in (rng.choice((1, 14, 27, 36, 42, 58, 60, 101, 103, 112, 118, 121, 175, 203, 210, 219, 223)),
                                         rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)))
    return "2001:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{rng.randint(1, 65535):x}"


def _nric(rng, pre):
    d = _d(rng, 7)
    w = (2, 7, 6, 5, 4, 3, 2)
    s = sum(int(a) * b for a, b in zip(d, w)) + (4 if pre in "TG" else 0)
    tab = "JZIHGFEDCBA" if pre in "ST" else "XWUTRQPNMLK"
    return pre + d + tab[s % 11]


def _hkid(rng):
    L = rng.choice("ACDEGHKMPRVYZ")
    d = _d(rng, 6)
    s = 36 * 9 + (ord(L) - 55) * 8 + sum(int(c) * w for c, w in zip(d, range(7, 1, -1)))
    c = (11 - s % 11) % 11
    c = "A" if c == 10 else str(c)
    return f"{L}{d}({c})" if rng.random() < 0.7 else f"{L}{d}{c}"


_TWL = dict(A=10, B=11, C=12, D=13, E=14, F=15, G=16, H=17, J=18, K=19, L=20, M=21, N=22,
            P=23, Q=24, R=25, S=26, T=27, U=28, V=29, X=30, Y=31, W=32, Z=33)


def _twid(rng):
    L = rng.choice("ABFHEDKLNPQRT")
    body = rng.choice("12") + _d(rng, 7)
    v = _TWL[L]
    s = (v // 10) + (v % 10) * 9 + sum(int(c) * w for c, w in zip(body, range(8, 0, -1)))
    return L + body + str((10 - s % 10) % 10)


def _cnid(rng, y, m, dd):
    body = rng.choice(("110101", "310104", "440305", "510107", "330106", "420102")) + f"{y}{m:02d}{dd:02d}" + _d(rng, 3)
    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(c) * x for c, x in zip(body, w)) % 11]


def _rrn(rng, y, m, dd):
    g = rng.choice("12" if y < 2000 else "34")
    body = f"{y % 100:02d}{m:02d}{dd:02d}{g}{_d(rng, 5)}"
    w = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    c = (11 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10
    return f"{body[:6]}-{body[6:]}{c}"


def _mynumber(rng):
    d = _d(rng, 11)
    s = 0
    for n in range(1, 12):
        p = int(d[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    c = 0 if s % 11 <= 1 else 11 - s % 11
    x = d + str(c)
    return f"{x[:4]} {x[4:8]} {x[8:]}" if rng.random() < 0.6 else x


def _rand_date(rng, y0=1950, y1=2004):
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def nat_id(rng, reg):
    """(cue, value) for a national id."""
    y, m, dd = _rand_date(rng)
    if reg == "JP":
        return rng.choice(("My Number", "my number", "kojin bango")), _mynumber(rng)
    if reg == "KR":
        return rng.choice(("RRN", "jumin", "jumin bunho", "resident reg no")), _rrn(rng, y, m, dd)
    if reg == "TW":
        return rng.choice(("ID", "national ID", "shenfenzheng")), _twid(rng)
    if reg == "HK":
        return rng.choice(("HKID", "hkid", "ID card")), _hkid(rng)
    if reg == "MO":
        return rng.choice(("BIR", "Macau ID", "BIRM")), f"{rng.choice('157')}{_d(rng, 6)}({_d(rng, 1)})"
    if reg == "CN":
        return rng.choice(("ID no", "shenfenzheng", "resident ID", "sfz")), _cnid(rng, y, m, dd)
    if reg == "SG":
        pre = rng.choice("STFG")
        return ("FIN" if pre in "FG" else rng.choice(("NRIC", "IC", "nric"))), _nric(rng, pre)
    st = rng.choice(("14", "10", "07", "01", "08", "12", "13", "05"))
    v = f"{y % 100:02d}{m:02d}{dd:02d}-{st}-{_d(rng, 4)}"
    if rng.random() < 0.3:
        v = v.replace("-", "")
    return rng.choice(("IC", "MyKad", "IC no", "kp")), v


def passport(rng, reg):
    pre = {"JP": rng.choice(("TK", "TR", "MZ")), "KR": "M", "TW": "3", "HK": "K",
           "MO": "MA", "CN": "E", "SG": rng.choice("EK"), "MY": rng.choice("AH")}[reg]
    n = 9 - len(pre) if reg != "SG" else 7
    v = pre + _d(rng, n)
    if reg == "SG":
        v += rng.choice("ABCDEFGHJK")
    return v


def _al(rng, n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ"):
    return "".join(rng.choice(chars) for _ in range(n))


def ref_id(rng, reg):
    """(cue, value) for account / order / ticket style identifiers."""
    k = rng.randrange(12)
    if k == 0:
        return rng.choice(("order", "order no", "order#", "ord")), {
            "SG": "24" + _d(rng, 4) + _al(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
            "MY": "24" + _d(rng, 4) + _al(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
            "CN": _d(rng, 19), "KR": _d(rng, 14), "JP": f"{_d(rng, 3)}-{_d(rng, 7)}-{_d(rng, 7)}",
            "TW": _d(rng, 8) + _al(rng, 4), "HK": "H" + _d(rng, 10), "MO": "MO" + _d(rng, 9)}[reg]
    if k == 1:
        return rng.choice(("tracking", "tracking no", "AWB", "waybill")), rng.choice((
            "SPXMY0" + _d(rng, 11), "NVSG" + _al(rng, 4) + _d(rng, 6), "JT" + _d(rng, 13),
            "SF" + _d(rng, 13), _d(rng, 12), "EM" + _d(rng, 9) + reg, "YT" + _d(rng, 15)))
    if k == 2:
        return rng.choice(("PNR", "booking ref", "bkg ref", "booking")), _al(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    if k == 3:
        return rng.choice(("ticket", "case", "SR", "INC")), rng.choice((
            "INC" + _d(rng, 7), "CS-" + _d(rng, 8), "SR" + _d(rng, 9), "TKT-" + _d(rng, 6), "#" + _d(rng, 7)))
    if k == 4:
        return rng.choice(("acct", "account", "a/c", "acc no", "BAN")), rng.choice((
            _d(rng, 10), f"{_d(rng, 3)}-{_d(rng, 6)}-{_d(rng, 3)}", f"{_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 6)}", "1." + _d(rng, 8)))
    if k == 5:
        return rng.choice(("policy", "policy no", "pol")), rng.choice(("P" + _d(rng, 9), "AIA-" + _d(rng, 8), "GE" + _d(rng, 10)))
    if k == 6:
        return rng.choice(("meter", "meter no", "TNB acct", "SP acct")), _d(rng, rng.choice((10, 12)))
    if k == 7:
        return rng.choice(("username", "user", "login", "user id")), rng.choice((
            "kenji" + _d(rng, 2), "hk_" + _al(rng, 3).lower() + _d(rng, 3), "sgboy" + _d(rng, 4),
            "cutie_" + _d(rng, 2) + "mei", "wx_" + _d(rng, 8), "ppl" + _d(rng, 5) + "_x",
            "blue.dolphin" + _d(rng, 2), "tofu_" + _al(rng, 2).lower() + _d(rng, 2)))
    if k == 8:
        return rng.choice(("passport", "PP no", "passport no")), passport(rng, reg)
    if k == 9:
        return rng.choice(("member no", "FFP", "membership")), rng.choice((_d(rng, 10), "KF" + _d(rng, 10), "MP" + _d(rng, 9)))
    if k == 10:
        return rng.choice(("svc no", "service id", "circuit id")), rng.choice(("F" + _d(rng, 9), "1-" + _d(rng, 10), "SVC" + _d(rng, 8)))
    return rng.choice(("licence", "DL no", "driving lic")), {
        "JP": _d(rng, 12), "KR": f"{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 6)}-{_d(rng, 2)}",
        "TW": _twid(rng), "HK": _hkid(rng), "MO": _d(rng, 7), "CN": _cnid(rng, *_rand_date(rng)),
        "SG": _nric(rng, "S"), "MY": f"{_d(rng, 2)}{_d(rng, 4)}{_d(rng, 6)}"}[reg]

JP_TOWNS = _w("Nishi-Shinjuku|Ebisu|Minami-Aoyama|Kamiuma|Tenjin|Nakazaki-Nishi|Kitahama|Honmachi|"
              "Sakae|Makishi|Kumoji|Shimouma|Jiyugaoka|Kichijoji-Honcho|Higashi-Ikebukuro|Uehara|Asahigaoka")
JP_WARDS = _w("Shinjuku-ku|Shibuya-ku|Minato-ku|Setagaya-ku|Chuo-ku, Fukuoka|Kita-ku, Osaka|Naka-ku, Nagoya|Naha-shi|Toshima-ku|Musashino-shi")
JP_BLDG = _w("Sunny Heights|Maison Aoi|Leopalace Sakura|Grand Mare|Park Axis|Lions Mansion|Belle Face|Dormy")
KR_ROADS = _w("Teheran-ro|Gangnam-daero|Sejong-daero|Olympic-ro|Hakdong-ro|Dosan-daero|World Cup buk-ro|"
              "Haeundae-ro|Jungang-daero|Banpo-daero|Yangjae-daero|Dongil-ro")
KR_APT = _w("Raemian|Xi Apt|Hillstate|e-Pyunhansesang|Lotte Castle|Prugio|Acro River|Hyundai Apt|Jugong Apt")
KR_GU = _w("Gangnam-gu, Seoul|Mapo-gu, Seoul|Songpa-gu|Haeundae-gu, Busan|Bundang-gu, Seongnam|Yeonsu-gu, Incheon|Seocho-gu")
TW_ROADS = _w("Zhongxiao E. Rd.|Minsheng Rd.|Heping E. Rd.|Roosevelt Rd.|Xinyi Rd.|Zhongshan N. Rd.|"
              "Wenhua Rd.|Sanmin Rd.|Taiwan Blvd.|Zhongzheng Rd.|Guangfu S. Rd.")
TW_DIST = _w("Da'an Dist., Taipei|Xinyi Dist., Taipei City|Banqiao Dist., New Taipei|Xitun Dist., Taichung|Lingya Dist., Kaohsiung|East Dist., Hsinchu")
HK_BLDG = _w("Kwun Tong Garden|Lucky Building|Mei Foo Sun Chuen|Taikoo Shing|Lok Fu Estate|Wing Hing Mansion|"
             "Shun Lee Estate|City One|Sceneway Garden|Kornhill|Tai Hing Gardens")
HK_ST = _w("Nathan Road|Hip Wo Street|King's Road|Hennessy Road|Argyle Street|Castle Peak Road|Tai Koo Wan Road|"
           "Shanghai Street|Sai Yeung Choi Street|Po On Road|Pok Fu Lam Road")
HK_DIST = _w("Kwun Tong, Kowloon|Mong Kok|North Point|Sha Tin, NT|Tuen Mun|Sham Shui Po|Kowloon|Quarry Bay|Tseung Kwan O")
MO_ST = _w("Rua de Pedro Coutinho|Avenida de Horta e Costa|Rua do Campo|Avenida do Conselheiro Ferreira de Almeida|"
           "Rua da Praia do Manduco|Estrada do Repouso|Rua de Bragan\u00e7a|Avenida de Kwong Tung|Rua do Cunha|Travessa do Bispo")
MO_BLDG = _w("Edf. Kam Lok|Edf. Hoi Fu|Edf. Jardim Kong Fok|Edf. Nam San|Edf. Flower City|Edf. Vista Magnifica")
CN_ST = _w("Nanjing West Road|Huaihai Middle Road|Jianguo Road|Shennan Avenue|Tianhe Road|Renmin South Road|"
           "Wensan Road|Zhongshan Road|Chaoyang North Road|Longhua Road")
CN_DIST = _w("Jing'an District, Shanghai|Chaoyang, Beijing|Futian, Shenzhen|Tianhe, Guangzhou|Wuhou, Chengdu|Xihu, Hangzhou|Xuhui, Shanghai")
SG_ST = _w("Ang Mo Kio Ave 3|Tampines St 81|Jurong West St 52|Punggol Way|Toa Payoh Lor 1|Bedok North Rd|"
           "Woodlands Dr 14|Yishun Ring Rd|Sengkang East Way|Clementi Ave 2|Hougang Ave 8|Bukit Batok West Ave 6")
SG_CONDO = _w("Anson Road|Cecil Street|Orchard Boulevard|Bukit Timah Road|Upper Serangoon Road|Marine Parade Road|Pasir Ris Drive 3")
MY_ST = _w("Jalan SS2/24|Jalan Ampang|Jalan Puchong|Lorong Ceylon|Jalan Bukit Bintang|Jalan USJ 9/5|Jalan Tun Razak|"
           "Jalan Burma|Jalan Tebrau|Jalan Klang Lama|Jalan PJU 7/3|Persiaran Surian|Jalan Sultan Ismail|Lorong Kurau 2")
MY_TOWN = _w("Petaling Jaya, Selangor|Subang Jaya|Kuala Lumpur|George Town, Penang|Johor Bahru|Cheras, KL|Shah Alam|Ipoh, Perak|Kota Kinabalu")


def _addr_core(rng, reg):
    """Return (address string, city-after string or None)."""
    r = rng.random()
    if reg == "JP":
        c, b, g = rng.randint(1, 6), rng.randint(1, 30), rng.randint(1, 25)
        a = f"{rng.choice(JP_TOWNS)} {c}-{b}-{g}" if r < 0.6 else f"{rng.choice(JP_TOWNS)} {c}-chome {b}-{g}"
        if rng.random() < 0.4:
            a += f" {rng.choice(JP_BLDG)} {rng.randint(1, 9)}0{rng.randint(1, 9)}"
        return a, rng.choice(JP_WARDS)
    if reg == "KR":
        a = f"{rng.choice(KR_ROADS)} {rng.randint(1, 520)}"
        if r < 0.6:
            a += f", {rng.choice(KR_APT)} {rng.randint(101, 125)}-dong {rng.randint(1, 25)}0{rng.randint(1, 6)}-ho"
        elif r < 0.8:
            a = f"{rng.randint(101, 118)}-dong {rng.randint(1, 20)}0{rng.randint(1, 4)}-ho, " + a
        return a, rng.choice(KR_GU)
    if reg == "TW":
        a = f"No. {rng.randint(1, 300)}, {rng.choice(TW_ROADS)}"
        if r < 0.5:
            a = f"{rng.randint(2, 20)}F., No. {rng.randint(1, 200)}, Ln. {rng.randint(2, 300)}, Sec. {rng.randint(1, 5)}, {rng.choice(TW_ROADS)}"
        return a, rng.choice(TW_DIST)
    if reg == "HK":
        fl = rng.randint(2, 40)
        a = f"Flat {rng.choice('ABCDEFGH')}, {fl}/F, Block {rng.randint(1, 12)}, {rng.choice(HK_BLDG)}"
        if r < 0.5:
            a = f"Rm {fl}{rng.randint(1, 20):02d}, {fl}/F, {rng.choice(HK_BLDG)}, {rng.randint(1, 500)} {rng.choice(HK_ST)}"
        return a, rng.choice(HK_DIST)
    if reg == "MO":
        a = f"{rng.choice(MO_ST)} No. {rng.randint(1, 300)}, {rng.choice(MO_BLDG)}, {rng.randint(1, 30)} andar {rng.choice('ABCDEFG')}"
        if r < 0.4:
            a = f"{rng.choice(MO_ST)} {rng.randint(1, 300)}, {rng.randint(1, 30)}/F {rng.choice('ABCD')}"
        return a, rng.choice(("Macau", "Taipa", "Coloane", "Macao"))
    if reg == "CN":
        a = f"Room {rng.randint(2, 30)}0{rng.randint(1, 9)}, Building {rng.randint(1, 20)}, No. {rng.randint(1, 999)} {rng.choice(CN_ST)}"
        if r < 0.4:
            a = f"{rng.choice(CN_ST)} {rng.randint(1, 999)} hao, {rng.randint(1, 20)} dong {rng.randint(1, 4)} danyuan {rng.randint(1, 30)}0{rng.randint(1, 8)}"
        return a, rng.choice(CN_DIST)
    if reg == "SG":
        blk = f"{rng.randint(100, 999)}{rng.choice(('', '', 'A', 'B', 'C'))}"
        unit = f"#{rng.randint(2, 25):02d}-{rng.randint(1, 999):02d}"
        if r < 0.65:
            a = f"Blk {blk} {rng.choice(SG_ST)} {unit}" if rng.random() < 0.6 else f"{blk} {rng.choice(SG_ST)} {unit}"
        else:
            a = f"{rng.randint(1, 200)} {rng.choice(SG_CONDO)} {unit}"
        return a, "Singapore"
    u = rng.random()
    if u < 0.4:
        a = f"No. {rng.randint(1, 120)}, {rng.choice(MY_ST)}"
    elif u < 0.7:
        a = f"{rng.choice('ABCD')}-{rng.randint(1, 30)}-{rng.randint(1, 12)}, {rng.choice(('Residensi Harmoni', 'Vista Komanwel', 'Pangsapuri Seri Mas', 'Menara Duta'))}, {rng.choice(MY_ST)}"
    else:
        a = f"Lot {rng.randint(1, 900)}, {rng.choice(MY_ST)}"
    return a, rng.choice(MY_TOWN)


def address_segs(rng, reg):
    a, city = _addr_core(rng, reg)
    segs = [(a, "address")]
    pc = postcode(rng, reg)
    r = rng.random()
    if reg == "SG" and pc and r < 0.6:
        if rng.random() < 0.5:
            segs += [(" ", "o"), ("Singapore", "~"), (" ", "o"), (pc.lstrip("S"), "postcode")]
        else:
            segs += [(" ", "o"), ("S(", "o"), (pc.lstrip("S"), "postcode"), (")", "o")]
        return segs
    if reg == "MY" and pc and r < 0.6:
        segs += [(", ", "o"), (pc, "postcode"), (" ", "o"), (city, "~")]
        return segs
    if r < 0.55:
        segs += [(", ", "o"), (city, "~")]
        if pc and rng.random() < 0.5:
            segs += [(" ", "o"), (pc, "postcode")]
    elif pc and r < 0.75 and reg == "JP":
        segs = [("\u3012", "o"), (pc, "postcode"), (" ", "o")] + segs
    return segs


MAIL = {"JP": _w("docomo.ne.jp|ezweb.ne.jp|i.softbank.jp|yahoo.co.jp|gmail.com|icloud.com"),
        "KR": _w("naver.com|daum.net|hanmail.net|kakao.com|gmail.com"),
        "TW": _w("yahoo.com.tw|gmail.com|msa.hinet.net|hotmail.com"),
        "HK": _w("yahoo.com.hk|netvigator.com|gmail.com|outlook.com"),
        "MO": _w("macau.ctm.net|gmail.com|yahoo.com.hk"),
        "CN": _w("qq.com|163.com|126.com|sina.com|foxmail.com"),
        "SG": _w("gmail.com|singnet.com.sg|hotmail.sg|yahoo.com.sg"),
        "MY": _w("gmail.com|yahoo.com.my|hotmail.my|outlook.my")}


def _ascii(s):
    return re.sub(r"[^a-z0-9]", "", _fold(s))


def email(rng, reg, p=None):
    dom = rng.choice(MAIL[reg])
    if reg == "CN" and dom == "qq.com" and rng.random() < 0.7:
        return _d(rng, rng.randint(8, 10)) + "@qq.com"
    if p is None or rng.random() < 0.25:
        local = rng.choice(("happy", "sunny", "kopi", "mochi", "tofu", "boba", "milo", "panda")) + rng.choice(("_", ".", "")) + _d(rng, rng.randint(2, 4))
    else:
        g, f = _ascii(p["g"].split()[0]), _ascii(p["f"].split()[-1])
        local = rng.choice((f"{g}.{f}", f"{f}{g}", f"{g}{f}{_d(rng, 2)}", f"{g[:1]}{f}", f"{g}_{_d(rng, 4)}"))
    return f"{local}@{dom}"


def url(rng, reg):
    h = rng.choice(("mochi", "kopi", "jjang", "boba", "ahlian", "dimsum", "sakura", "durian")) + _d(rng, 3)
    u = rng.choice((
        f"facebook.com/profile.php?id=1000{_d(rng, 11)}", f"instagram.com/{h}", f"line.me/ti/p/~{h}",
        f"weibo.com/u/{_d(rng, 10)}", f"blog.naver.com/{h}", f"carousell.sg/u/{h}", f"shopee.sg/shop/{_d(rng, 9)}",
        f"jp.mercari.com/user/profile/{_d(rng, 9)}", f"xiaohongshu.com/user/profile/{_d(rng, 6)}abc{_d(rng, 6)}",
        f"threads.net/@{h}", f"tiktok.com/@{h}", f"linkedin.com/in/{h}", f"portal.example-telco.asia/track?acct={_d(rng, 9)}"))
    return ("https://" + u) if rng.random() < 0.4 else ("www." + u if rng.random() < 0.1 and not u.startswith(("jp.", "blog.", "portal.")) else u)


_MON = _w("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")


def dob(rng, reg):
    y, m, d = _rand_date(rng)
    k = rng.randrange(8)
    if reg == "JP" and k < 2:
        if y >= 1989:
            return f"H{y - 1988}.{m}.{d}"
        return f"S{y - 1925}.{m}.{d}"
    if reg == "KR" and k < 2:
        return f"{y}.{m:02d}.{d:02d}" if k == 0 else f"{y % 100:02d}{m:02d}{d:02d}"
    if reg == "CN" and k < 2:
        return f"{y}{m:02d}{d:02d}" if k == 0 else f"{y}-{m:02d}-{d:02d}"
    return [f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {_MON[m - 1]} {y}", f"{_MON[m - 1]} {d}, {y}",
            f"{d}.{m}.{y % 100:02d}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{y}", f"{y}/{m:02d}/{d:02d}"][k]


def amount(rng, reg):
    c = rng.choice(REG[reg]["cur"])
    v = rng.choice((rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 50000)))
    if reg in ("JP", "KR"):
        v *= 10
    s = f"{v:,}" if rng.random() < 0.6 else str(v)
    if rng.random() < 0.3 and reg not in ("JP", "KR"):
        s += "." + _d(rng, 2)
    return (c + s) if c in ("RM", "rm", "HK$", "S$", "$", "NT$", "MOP$", "\u00a5", "\u20a9") else (f"{s} {c}" if rng.random() < 0.5 else f"{c} {s}")


def clock(rng):
    h, m = rng.randint(0, 23), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
    return rng.choice((f"{h:02d}:{m:02d}", f"{h % 12 or 12}.{m:02d}{'am' if h < 12 else 'pm'}", f"{h % 12 or 12}{'am' if h < 12 else 'pm'}", f"{h:02d}{m:02d}hrs"))


def date_o(rng):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    return rng.choice((f"{d}/{m}", f"{d} {_MON[m - 1]}", f"{_MON[m - 1]} {d}", f"{d:02d}.{m:02d}", f"2024-{m:02d}-{d:02d}", f"{m}/{d}", "tmr", "next Mon", "ytd", "today"))

# ---- NAME RENDERING ----
_TITLES = {
    "japanese": (("Mr ", "Ms "), ("-san", "-sama", " san", " sama")),
    "ainu_okinawan": (("Mr ", "Ms "), ("-san", "-sama", " san")),
    "korean": (("Mr ", "Ms "), (" gogaeknim", "-nim", " ssi", "-ssi")),
    "mandarin": (("Mr ", "Ms "), (" xiansheng", " nvshi", " laoshi")),
    "taiwanese": (("Mr. ", "Ms. "), (" xiansheng", " xiaojie", " taitai")),
    "cantonese": (("Mr ", "Mrs ", "Miss ", "Ms ", "Dr "), (" sir", " sin saang", " siu je", " tai")),
    "hokkien_teochew": (("Mr ", "Mdm ", "Ms ", "Uncle ", "Auntie "), ()),
    "malay": (("Encik ", "En. ", "Tuan ", "Haji ", "Datuk ", "Puan ", "Pn. ", "Cik ", "Hajah ", "Datin "), ()),
    "tamil": (("Mr ", "Thiru ", "Dr ", "Mrs ", "Ms ", "Tmt "), (" sir", " madam")),
    "peranakan": (("Baba ", "Mr ", "Uncle ", "Nyonya ", "Bibik ", "Mdm ", "Aunty "), ()),
    "eurasian": (("Mr ", "Dr ", "Uncle ", "Mrs ", "Ms ", "Aunty "), ()),
    "macanese": (("Sr. ", "Sr ", "Dr. ", "Sra. ", "Sra ", "Dona "), ()),
}
_FEM = {"Ms ", "Mrs ", "Miss ", "Mdm ", "Auntie ", "Puan ", "Pn. ", "Cik ", "Hajah ", "Datin ", "Tmt ",
        "Nyonya ", "Bibik ", "Aunty ", "Sra. ", "Sra ", "Dona ", "Ms. ", " nvshi", " xiaojie", " taitai",
        " siu je", " tai", " madam"}
_MASC = {"Mr ", "Mr. ", "Uncle ", "Encik ", "En. ", "Tuan ", "Haji ", "Datuk ", "Thiru ", "Baba ", "Sr. ",
         "Sr ", " xiansheng", " sir", " sin saang"}


def _sexed(opts, sex):
    bad = _MASC if sex == "f" else _FEM
    return [t for t in opts if t not in bad] or list(opts)


def title_segs(rng, p):
    pre, post = _TITLES[p["culture"]]
    c = p["culture"]
    use_post = post and rng.random() < 0.55
    if use_post:
        t = rng.choice(_sexed(post, p["sex"]))
        base = p["f"] if c not in ("korean",) or rng.random() < 0.5 else p["full"]
        if c == "tamil":
            base = p["g"]
        return [(base, "name"), (t, "o")]
    t = rng.choice(_sexed(pre, p["sex"]))
    if c in ("malay", "tamil"):
        base = p["g"] if rng.random() < 0.7 else p["full"]
    elif c == "macanese":
        base = rng.choice((p["g"].split()[0], p["full"], p["f"]))
    elif c in ("hokkien_teochew", "peranakan", "eurasian") and rng.random() < 0.3:
        base = p["full"]
    else:
        base = p["f"]
    return [(t, "o"), (base, "name")]


def crm_segs(rng, p):
    c = p["culture"]
    if c in ("malay", "tamil"):
        s = p["full"].upper()
    else:
        g = p["g"]
        if c == "cantonese" and p["en"] and rng.random() < 0.5:
            g = f"{p['en']} {g}" if rng.random() < 0.5 else p["en"]
        if c in ("hokkien_teochew", "peranakan") and p["en"] and rng.random() < 0.4:
            g = p["en"]
        s = f"{p['f'].upper()}, {g}"
    if rng.random() < 0.25:
        s = s.lower()
    return [(s, "name")]


def name_form(rng, p, form):
    if form == "":
        return [(p["full"], "name")]
    if form == "g":
        if p["culture"] in ("cantonese", "hokkien_teochew", "peranakan") and p["en"] and rng.random() < 0.5:
            return [(p["en"], "name")]
        return [(p["g"], "name")]
    if form == "f":
        return [(p["f"], "name")]
    if form == "t":
        return title_segs(rng, p)
    if form == "c":
        return crm_segs(rng, p)
    if form == "n":
        if p["culture"] in ("japanese", "ainu_okinawan") and rng.random() < 0.5:
            return [(p["nick"], "name"), (rng.choice(("-chan", "-kun", "chan")), "o")]
        return [(p["nick"], "name")]
    if form == "q":
        return [('"', "o"), (p["nick"] if rng.random() < 0.6 else p["full"], "name"), ('"', "o")]
    if form == "p":
        base = name_form(rng, p, rng.choice(("", "g", "t", "f")))
        return base + [(rng.choice(("'s", "'s", "'s", "\u2019s")), "o")]
    if form == "@":
        return [("@", "o"), (p["nick"].split()[0] if rng.random() < 0.5 else p["g"].split()[0], "name")]
    if form == "a":
        return name_form(rng, p, rng.choice(("", "", "g", "t", "c", "f")))
    raise KeyError(form)

# ---- "KEEP" FILLERS ----
FLIGHTS = _w("SQ 322|SQ638|TR 808|CX 880|CX451|UO 702|JL 12|NH 847|MM 77|KE 631|OZ 102|7C 1101|"
             "BR 31|CI 100|JX 800|AK 6108|MH 1433|OD 803|NX 001|MU 5101|CZ 3099|CA 1501")
MODELS = _w("SM-S928B|A2849|MT7981|HG8145V5|RT-AX58U|NP-HBQ10|DCS-8300LH|EX220|F670L|ZXHN H298A|WH-1000XM5|KDL-55X80K")
ROUTERS = _w("MT7981|HG8145V5|RT-AX58U|EX220|F670L|ZXHN H298A|Archer AX55|Deco X20|WSR-3200AX4S|HGW-3000")
HOLIDAYS = _w("Golden Week|Obon|Chuseok|Seollal|CNY|Hari Raya|Deepavali|Mid-Autumn|11.11|618|12.12|Christmas|National Day|Songkran")
LANGS = _w("Cantonese|Hokkien|BM|Tamil|Mandarin|Japanese|Korean|Teochew|Portuguese|Hakka|Malay|English")
FOOD = _w("Ya Kun|Old Chang Kee|Lim Chee Guan|Bee Cheng Hiang|Din Tai Fung|Tim Ho Wan|Lee Kum Kee|"
          "Mak's Noodle|Kee Wah|Tai Cheong|Hang Heung|Jollibee|Mister Donut|Yoshinoya|Paris Baguette|"
          "Haidilao|Luckin|Heytea|Koi Thé|Secret Recipe|Marrybrown|OldTown White Coffee|Nando's")
HOSP = _w("Tan Tock Seng|Queen Mary Hospital|Sunway Medical|Raffles Hospital|Gleneagles|Mount Elizabeth|"
          "Prince of Wales Hospital|Seoul National Univ Hospital|Chang Gung|Kiang Wu")


def _one(lst):
    return lambda rng, c: [(rng.choice(lst), "o")]


def _reg(key):
    return lambda rng, c: [(rng.choice(REG[c["reg"]][key]), "o")]


def _cued(fn):
    def f(rng, c):
        cue, v = fn(rng, c["reg"])
        sep = rng.choice((" ", ": ", " ", " #", " - ")) if not v.startswith("#") else " "
        return [(cue + sep, "o"), (v, "id")]
    return f


def _dob_cued(rng, c):
    cue = rng.choice(("DOB ", "dob ", "DOB: ", "d.o.b ", "born ", "birthday ", "bday ", "b'day ", "date of birth "))
    return [(cue, "o"), (dob(rng, c["reg"]), "dob")]


def _card_cued(rng, c):
    cue = rng.choice(("card ", "cc ", "credit card ", "debit card ", "Visa ", "card no ", ""))
    return [(cue, "o"), (card(rng), "card")] if cue else [(card(rng), "card")]


def _pc_segs(rng, c):
    reg = c["reg"] if c["reg"] not in ("HK", "MO") else rng.choice(("SG", "MY", "KR", "CN", "TW", "JP"))
    return [(postcode(rng, reg), "postcode")]


_FL = {"JP": _w("JL 12|NH 847|MM 77|JL 917|NH 5"), "KR": _w("KE 631|OZ 102|7C 1101|LJ 201|TW 711"),
       "TW": _w("BR 31|CI 100|JX 800|IT 201|BR 198"), "HK": _w("CX 880|CX451|UO 702|HB 296|CX 5"),
       "MO": _w("NX 001|NX 826|NX 198|CX 5201"), "CN": _w("MU 5101|CZ 3099|CA 1501|HU 7801|9C 8555"),
       "SG": _w("SQ 322|SQ638|TR 808|3K 685|SQ 12"), "MY": _w("AK 6108|MH 1433|OD 803|FY 3102|MH 2")}
_HOL = {"JP": _w("Golden Week|Obon|Christmas|year-end"), "KR": _w("Chuseok|Seollal|11.11|Black Friday"),
        "TW": _w("CNY|Double 11|Mid-Autumn|Dragon Boat"), "HK": _w("CNY|Mid-Autumn|Christmas|Easter"),
        "MO": _w("CNY|Grand Prix week|Golden Week|Christmas"), "CN": _w("618|11.11|12.12|Golden Week|Spring Festival"),
        "SG": _w("11.11|National Day|CNY|Hari Raya|Deepavali|GSS"), "MY": _w("Hari Raya|Deepavali|CNY|11.11|Merdeka|Gawai")}


def _reg_fl(rng, c):
    return [(rng.choice(_FL[c["reg"]]), "o")]


def _reg_hol(rng, c):
    return [(rng.choice(_HOL[c["reg"]]), "o")]


SLOTS = {
    "phone": lambda rng, c: [(phone(rng, c["reg"]), "phone")],
    "email": lambda rng, c: [(email(rng, c["reg"], c["P"]), "email")],
    "card": _card_cued,
    "cardv": lambda rng, c: [(card(rng), "card")],
    "nid": _cued(nat_id),
    "nidv": lambda rng, c: [(nat_id(rng, c["reg"])[1], "id")],
    "ref": _cued(ref_id),
    "refv": lambda rng, c: [(ref_id(rng, c["reg"])[1], "id")],
    "pp": lambda rng, c: [(rng.choice(("passport ", "PP ", "pp no ")), "o"), (passport(rng, c["reg"]), "id")],
    "user": lambda rng, c: [(_ascii(c["P"]["g"].split()[0])[:6] + rng.choice(("_", ".", "")) + _d(rng, rng.randint(2, 4)), "id")],
    "addr": lambda rng, c: address_segs(rng, c["reg"]),
    "pc": _pc_segs,
    "ip": lambda rng, c: [(ip(rng), "ip")],
    "url": lambda rng, c: [(url(rng, c["reg"]), "url")],
    "iban": lambda rng, c: [(iban(rng), "iban")],
    "dob": _dob_cued,
    "tel": _reg("tel"), "bank": _reg("bank"), "shop": _reg("shop"), "air": _reg("air"),
    "deliv": _reg("deliv"), "pay": _reg("pay"), "place": _reg("place"), "city": _reg("city"),
    "part": _reg("part"),
    "city2": lambda rng, c: [(rng.choice(REG[rng.choice(REGIONS)]["city"]), "o")],
    "amt": lambda rng, c: [(amount(rng, c["reg"]), "o")],
    "time": lambda rng, c: [(clock(rng), "o")],
    "date": lambda rng, c: [(date_o(rng), "o")],
    "num": lambda rng, c: [(str(rng.randint(2, 480)), "o")],
    "plan": _one(PLANS), "prod": _one(PRODUCTS), "team": _one(TEAMS), "queue": _one(QUEUES),
    "win": _one(WINS), "abbr": _one(ABBR), "fl": _reg_fl, "model": _one(MODELS),
    "hol": _reg_hol, "router": _one(ROUTERS), "lang": _one(LANGS), "food": _one(FOOD), "hosp": _one(HOSP),
}

_SLOT_RE = re.compile(r"\{([A-Za-z0-9@]+)\}")
_NAME_RE = re.compile(r"^([PQR])([gftcnqp@a]?)$")

# ---- TEMPLATES WITH PERSONAL DATA ----
# optional "REG REG|" prefix restricts a template to regions.
PII_T = [
    "cx {P} called abt {tel} bill shock {amt}, waived roaming charges, {win} {part}",
    "spoke to {Pt} re failed {pay} top up, refunded {amt} to wallet, cust ok {part}",
    "{Pc} - {nid} verified via eKYC, {plan} activated same day, {win}",
    "thanks to {Q@} from {team} for helping {Pg} get the {prod} replaced under warranty",
    "caller {Pg} ({phone}) said {deliv} rider never came, reissued voucher {amt}, {win}",
    "{Pp} {air} flight {fl} cancelled, rebooked next day no charge, {ref}, {win}",
    "customer {P} updated address to {addr}, new sim resend via {deliv}, {abbr}",
    "pls note {Pt} very happy with {Qg} from {team}, wants to compliment, {ref}",
    "{Pf} {Pg} kena double charge on {card} at {shop}, chargeback raised, {amt} credited back {part}",
    "cust says call {Pq} not the full name, {shop} username {user}, accts merged, {win}",
    "new line for {Pt}, port in from {tel}, contact no {phone}, activation {date} {time}",
    "{P} emailed from {email} re {shop} parcel stuck at {place} hub, {ref}, delivered {date}",
    "overseas transfer to {iban} for {Pt} released after callback verification, {win} {part}",
    "login from {ip} flagged, spoke {Pg} who confirmed own trip to {city2}, acct unlocked {part}",
    "{Pc} / {nidv} / {phone} - req cancel {plan}, offered {amt} rebate, cust stay {part}",
    "{Qg} handled {Pp} complaint on {prod} screen, swap approved at {place} store",
    "spoke w/ {Pt}, {dob}, {nid}, policy reinstated after grace period, {win}",
    "cx {Pg} sent link {url} showing the fake seller, reported to {team}, refunded {amt}",
    "kudos {Q} for saving {Pt} account {refv} from suspension!!",
    "{Pg} from {city} called 3x, finally resolved by {Qn}, {ref}, {win}",
    "family bundle for {Pf} household done, billing addr {addr}, ebill to {email}",
    "customer {Pt} {dob} qualifies senior plan {plan}, approved {part}",
    "{P} ({nid}) collected {prod} at {place} branch {time}, {win}",
    "called back {Pt} on {phone} after {time}, parcel received ok, {abbr}",
    "{pp} for {Pt} updated in profile b4 {air} online check-in, {win}",
    "{Q@} pls follow up w {Pg} {date} re {ref} {part}",
    "cust {Pg} {Pf} so sweet, asked us to pass thanks to {Qn} haha {win}",
    "IG {url} - {Pn} posted 5 star review abt {Qg}, {team} pls share",
    "JP|{Pt} kaiyaku stopped, keitai {phone}, {plan} kept with discount, yokatta",
    "MY|{Pt} nak tukar plan, {nid}, alamat {addr}, sudah settle {part}",
    "SG|uncle {Pf} dunno how use {pay}, walked thru step by step, hp {phone}, {win} {part}",
    "HK MO|{P} m goi {Qg} help reset {pay} pin, {nid}, gau dim",
    "CN|qin {Pg} kuaidi lost, {ref}, resent with {deliv}, tuikuan {amt} ok de",
    "KR|{Pt} baedal refund done, {phone}, Coupang Eats coupon {amt}, gamsahamnida",
    "TW|{Pt} 7-11 pickup changed to home {addr}, {phone}, hao de",
    "MO HK|{Pt} wants invoice in Portuguese, {email}, sent, obrigado {part}",
    "{Pp} kid used {cardv} on game top-up {amt}, refund approved 1 time goodwill, {win}",
    "re: {Pc} | {email} | {phone} | upgraded to {prod}, {amt}/mth, {win}",
    "joint acct {P} & {R} both verified, {nid}, {ref}, {win}",
    "thx {Qg}!! {Pt} left 5 stars on survey, {ref}",
    "cust {Pg} said {Qn} from {team} super patient, nominating for award, {abbr}",
    "dob mismatch fixed for {P}, {dob}, now matches {bank} record, {win}",
    "sent reset link to {email} for {Pg}, username {user}, {abbr} {part}",
    "parcel delivered to {addr} after 3 attempts, {Pt} thanked rider, {ref}",
    "no name given just {phone} and {ref}, resolved w {pay} refund {amt}",
    "ip {ip} + device change, cust confirmed, {ref}, {team} closed {part}",
    "{Pq} aka {P} regular at {shop}, loyalty pts restored, {win}",
    "{Pt} {part}, spouse {R} also on acct, added {plan} for both, {win}",
    "escalation from {Pf} family resolved by {Q} n {team}, {ref}",
    "{Pg} {Pf}'s mum called on behalf, {phone}, pwd reset ok {part}",
    "verified {Pt} via {nid} + {dob}, limit increase {amt} approved",
    "{Pc} requested paper bill stop, switched to {email}, {win}",
    "cust {Pg} moved house to {addr}, fibre relocation booked {date} {time}",
    "postcode {pc} mismatch on delivery label for {Pt}, fixed, {deliv} resend",
    "addr change {addr} for {Pc}, {nid}, done same call {part}",
    "{Pt} paid w {cardv} but {shop} showed failed, bank confirmed reversal, {win}",
    "suspicious login {ip} on {Pp} {bank} app, {card} blocked n reissued, {win}",
    "{P} shared {url} as proof of payment, {ref}, refund {amt} {part}",
    "{Pt} inward remittance from {iban} credited, acct unfrozen, {win}",
    "{Pg} {part} hp {phone} email {email}, wants callback {time}, done by {Qg}",
    "KR JP|{P} {nid}, {addr}, redelivery fixed for {date}, {win}",
    "SG MY|{Pt} from {team} side confirmed {P} identity, {nid}, {ip} whitelisted",
    "shoutout {Qt} for patience w {Pt}, 40 min call but {win}, {ref}",
    "{prod} swap done for cust at {place} counter, {win} {part} - {Qn}",
    "delivery addr corrected to {addr} per cust req, {ref}, regards {Qg}",
    "cust confirmed postcode {pc} n unit no, {deliv} reschedule ok, spoke to {Pt}",
    "{Pc} {phone} {addr} | sim replacement, {win}",
    "cx {Pg} ok liao",
    "{Pt} {win}",
    "long call w {Pt} today, initially v angry abt {tel} bill {amt} n said want to terminate, explained the {plan} proration, offered 3 mths 50% off, in the end cust agreed n even thanked {Qg} who took over the callback, {ref}",
    "cust {P} came to {place} shop, phone {prod} dead after update, {Qn} did backup + reflash, replacement unit issued under warranty, contact {phone}, email {email}, cust said next time will bring family to sign up {part}",
    "{Pc} | {dob} | {nid} | walked thru {bank} app re-registration, OTP not coming bc old number, updated to {phone}, all ok now, cust very grateful n said {Qg} from {team} also helped last week",
    "JP|{Pt} no moushikomi: {plan} hikkoshi, new jusho {addr}, keitai {phone}, koji date {date}, sumimasen for delay but cust said daijoubu daijoubu, yokatta ne",
    "{Pt} called from {hosp} ward, we extended due date {date}, {win} {part}",
    "walk-in {P}, {pp}, bought {plan} tourist sim, activated at counter",
    "{Qg} helped {R} n {P} same day, both cases closed, {ref}",
    "reward pts for {Pt} credited, {ref}, cust said tq {Qg} {part}",
]

# ---- TEMPLATES WITHOUT PERSONAL DATA ----
CLEAN_T = [
    "{tel} outage at {place} fixed by {time}, credited {amt} to affected accts, {win}",
    "{deliv} rider late 40 min, voucher {amt} issued, {part}",
    "cust upgraded to {plan} on {prod}, {abbr} done {part}",
    "{shop} {hol} promo code not working, applied manual disc {amt}, {win}",
    "{air} {fl} delayed at {place}, meal voucher given, cust ok",
    "walked cust thru {pay} setup on {prod}, {win}",
    "transfer from {queue} to {team}, resolved in 1 call, {abbr}",
    "{bank} app login loop fixed after clear cache n reinstall, {win}",
    "refund {amt} via {pay} processed {date}, {abbr}",
    "cust very happy w {team}, said {tel} better than last provider lol",
    "roaming pass {plan} activated for trip to {city2} {date}, {win}",
    "double charge {amt} at {shop} reversed, cust said {part}",
    "escalated {queue} > {team}, callback {time}, fixed {part}",
    "{prod} arrived cracked, {shop} replacement approved, {deliv} pickup {date}",
    "router {router} reboot + firmware, speedtest {num}mbps now, {win}",
    "promo extended 6 mths, cust stays w {tel}, save desk win {part}",
    "aht {num}s, fcr yes, csat 5, {win}",
    "{food} order via {deliv} missing 2 items, refunded {amt}",
    "{pay} card tap failed at {place} station, replacement sent, {part}",
    "weekend {queue} backlog cleared by {team}, {num} tickets, {win}",
    "5G not showing on {prod}, toggled VoLTE n reset APN, ok liao",
    "{prod} on {shop} COD failed, switched to {pay}, delivered {date}",
    "JP|kaiyaku-ryo waived, {plan} moved to {tel}, {amt} saved, otsukare",
    "KR|{deliv} late again, {shop} refund {amt}, cust said gwenchana {part}",
    "HK|T8 signal, {air} rebook free, {amt} diff waived, m goi",
    "MY|banjir at {place}, {tel} tower down 2 days, rebate {amt}, terima kasih",
    "SG|{pay} payment stuck pending, cleared after 2 hrs, shiok",
    "CN|{shop} {hol} order tuikuan {amt} done, qin very happy",
    "TW|{shop} 7-11 pickup cannot, switched home delivery, hao de",
    "MO|Cotai hotel pkg via {air} app, miles restored, obrigado",
    "{bank} {plan} annual fee {amt} waived, retained {part}",
    "volume spike after {tel} price change, {team} handled {num}+ calls, {win}",
    "eSIM QR for {prod} resent, activated at {place}, {win}",
    "model {model} firmware update fixed wifi drop, {abbr}",
    "{city} store oos, reserved at {place} branch, cust collect {date}",
    "{hol} rush, {deliv} delays, compensated {amt} {part}",
    "{air} lounge access restored for {plan} member, cust v happy",
    "shadowing in {queue}, coached on {abbr} n hold etiquette, good call",
    "trade-in value {amt} honoured for {prod}, price match vs {shop}",
    "cust speak {lang} only, transferred to {lang} line, resolved {part}",
    "visit to {hosp} for device demo went well, {team} to follow up {date}",
    "{food} voucher {amt} sent as goodwill via {pay}, {win}",
    "{hol} sale traffic, {shop} checkout errors, {team} posted workaround {time}",
    "cust asked abt {plan} vs {plan} diff, explained, chose cheaper one {part}",
    "{bank} {pay} link failed, re-bind ok, no fee, {abbr}",
    "fcr yes, {win}",
    "{pay} refund ok {part}",
    "today big queue in {queue} bc {tel} network issue at {place} n {place}, team cleared by {time}, most cust just want credit, gave {amt} standard goodwill, few wanted to port out but retained w {plan} offer, good job everyone {part}",
    "KR|{shop} Rocket delivery mixup, cust got wrong {prod}, gogaeknim was polite tho, arranged exchange via {deliv} {date}, {amt} coupon, ne ne gamsahamnida, closing as FCR",
    "MY|cust kata {tel} line putus since last week kat {place}, technician came {date} tukar modem {router}, speed ok now, rebate {amt} masuk next bill, cust cakap terima kasih banyak {part}",
    "bill dispute {amt} closed, cust agree w breakdown, {abbr} {part}",
]

# ---- GENERATORS (filled below) ----


def _split_t(t):
    m = re.match(r"^((?:[A-Z]{2} ?)+)\|", t)
    if m:
        regs = tuple(m.group(1).split())
        assert all(r in REG for r in regs), t
        return regs, t[m.end():]
    return REGIONS, t


def _typo(rng, s):
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if w.isalpha() and len(w) >= 5]
    if not idx:
        return s
    i = rng.choice(idx)
    w = words[i]
    k = rng.randrange(3)
    j = rng.randrange(1, len(w) - 2)
    if k == 0:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif k == 1:
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def _render(rng, body, ctx):
    segs = []
    pos = 0
    for m in _SLOT_RE.finditer(body):
        if m.start() > pos:
            segs.append((body[pos:m.start()], "o"))
        key = m.group(1)
        nm = _NAME_RE.match(key)
        if nm:
            segs.extend(name_form(rng, ctx[nm.group(1)], nm.group(2)))
        else:
            segs.extend(SLOTS[key](rng, ctx))
        pos = m.end()
    if pos < len(body):
        segs.append((body[pos:], "o"))
    return segs


def _finish(rng, segs):
    if rng.random() < 0.18:
        lits = [i for i, (t, l) in enumerate(segs) if l == "o" and len(t) > 6]
        if lits:
            i = rng.choice(lits)
            segs[i] = (_typo(rng, segs[i][0]), "o")
    if rng.random() < 0.2:
        segs = [(t.replace(",", "") if l == "o" else t, l) for t, l in segs]
    if rng.random() < 0.31:
        segs = [(t.lower(), l) for t, l in segs]
    out = []
    for t, l in segs:
        if not t:
            continue
        if out and out[-1][1] == l == "o":
            out[-1] = (out[-1][0] + t, "o")
        else:
            out.append((t, l))
    return out


def _colleague_culture(rng, reg):
    opts = [k for k in CULTURE_KEYS if reg in CULTURES[k][3]]
    return rng.choice(opts)


_USED = {"pii": set(), "clean": set()}


def blind_notes(listed: frozenset[str]) -> list[list[tuple[str, str]]]:
    _USED["pii"].clear()
    _USED["clean"].clear()
    listed = frozenset(_fold(w) for w in listed)
    rng = random.Random(SEED)
    n_pii = 550
    pii_idx = set(rng.sample(range(N_NOTES), n_pii))
    pii_t = [_split_t(t) for t in PII_T]
    clean_t = [_split_t(t) for t in CLEAN_T]
    pii_order, clean_order = [], []
    notes, seen = [], set()
    k_pii = k_clean = 0
    for i in range(N_NOTES):
        is_pii = i in pii_idx
        for attempt in range(60):
            if is_pii:
                culture = CULTURE_KEYS[k_pii % len(CULTURE_KEYS)]
                P = make_person(rng, listed, culture)
                reg = P["region"]
                if not pii_order:
                    pii_order = list(range(len(pii_t)))
                    rng.shuffle(pii_order)
                cand = [j for j in pii_order if reg in pii_t[j][0]]
                j = cand[0] if cand and attempt < 30 else rng.choice([j for j in range(len(pii_t)) if reg in pii_t[j][0]])
                body = pii_t[j][1]
                Q = make_person(rng, listed, _colleague_culture(rng, reg))
                R = make_person(rng, listed, _colleague_culture(rng, reg))
                ctx = {"reg": reg, "P": P, "Q": Q, "R": R}
            else:
                reg = REGIONS[k_clean % len(REGIONS)]
                if not clean_order:
                    clean_order = list(range(len(clean_t)))
                    rng.shuffle(clean_order)
                cand = [j for j in clean_order if reg in clean_t[j][0]]
                j = cand[0] if cand and attempt < 30 else rng.choice([j for j in range(len(clean_t)) if reg in clean_t[j][0]])
                body = clean_t[j][1]
                ctx = {"reg": reg}
            segs = _finish(rng, _render(rng, body, ctx))
            text = "".join(t for t, _ in segs)
            nw = len(text.split())
            if "\n" in text or not (5 <= nw <= 45) or text in seen:
                continue
            break
        seen.add(text)
        notes.append(segs)
        _USED["pii" if is_pii else "clean"].add(j)
        if is_pii:
            k_pii += 1
            if j in pii_order:
                pii_order.remove(j)
        else:
            k_clean += 1
            if j in clean_order:
                clean_order.remove(j)
    return notes


def _selfcheck():
    sample = frozenset({"tan", "lee", "kim", "wang", "chen", "sato", "ahmad", "muhammad", "maria",
                        "peter", "bin", "de", "jose", "wong", "park", "lim", "higa", "priya"})
    a = blind_notes(sample)
    b = blind_notes(sample)
    assert a == b, "not deterministic"
    assert len(a) == N_NOTES, len(a)
    texts = ["".join(t for t, _ in n) for n in a]
    assert len(set(texts)) == len(texts), "duplicates"
    counts = {l: 0 for l in LABELS}
    notes_with = {l: 0 for l in LABELS}
    lower = clean = 0
    for n, text in zip(a, texts):
        assert "\n" not in text and "\r" not in text
        assert 5 <= len(text.split()) <= 45, text
        for t, l in n:
            assert l in LABELS, l
            assert t, "empty segment"
            counts[l] += 1
            if l != "o":
                assert t == t.strip(), repr(t)
            if l == "name":
                for part in _name_parts(t):
                    assert _fold(part) not in sample, (part, text)
        for l in {l for _, l in n}:
            notes_with[l] += 1
        if text == text.lower():
            lower += 1
        if all(l in ("o", "~") for _, l in n):
            clean += 1
    print("notes:", len(a))
    for l in LABELS:
        print(f"  {l}: {counts[l]} segments in {notes_with[l]} notes")
    print(f"all-lower-case share: {lower / len(a):.3f}")
    print(f"no-personal-data share: {clean / len(a):.3f}")
    print("naming cultures:", len(CULTURES), "| templates with personal data:", len(PII_T),
          "| templates without:", len(CLEAN_T), "| templates used:", len(_USED["pii"]), "+", len(_USED["clean"]))


if __name__ == "__main__":
    _selfcheck()
