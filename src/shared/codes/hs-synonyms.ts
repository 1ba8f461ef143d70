/**
 * How people on the corridor name goods, against the HS 2022 nomenclature. The nomenclature
 * speaks its own English ("Fertilizers; mineral or chemical", "Vehicles; for the transport of
 * goods"); a forwarder types "fertiliser", "trucks", "запчасти", "курага", "کپاس". No Russian,
 * Kazakh or Urdu HS text exists offline, so this list is the project's own, written for the
 * goods the corridor carries.
 *
 * One line per name. Columns, separated by "|":
 *   1. the HS 2022 codes the goods are classified in: chapters (2 digits), headings (4) or
 *      subheadings (6), as the nomenclature in resources/data/hs2022.json (built from
 *      ../shared/data/hs2022.csv, UN Comtrade's HS 2022) numbers them; "-" for none. Entries
 *      under these codes rank first.
 *   2. the nomenclature's own English word(s) for the goods, searched in its descriptions; "-"
 *      for none. "курага" means "apricot dried", which finds 0813.10 "Fruit, edible; apricots,
 *      dried"; a Russian word translates so, and "сушеные абрикосы" finds what "dried apricots"
 *      finds.
 *   3. what people say, separated by commas: English (British and American spellings), Russian,
 *      Kazakh, and Urdu in its script and in Latin letters. A name of several words applies when
 *      the query holds all of them, in any order.
 * Words are compared after folding (searchStems): case, accents, English plurals and Russian
 * endings do not matter, so one form of each word is enough (two where the stem changes:
 * "хлопок", "хлопка"). test/unit/codes/hs-synonyms.test.ts checks that every code is an HS 2022
 * entry and every English word of column 2 occurs in the descriptions.
 *
 * The codes follow the headings' texts: 0813 "Fruit, dried, other than that of heading no. 0801
 * to 0806", 0806.20 "grapes, dried" (raisins), 5205 "Cotton yarn (other than sewing thread),
 * containing 85% or more by weight of cotton", 6302.60–6302.99 "Toilet and kitchen linen"
 * (towels), 7214.20 bars and rods "containing indentations, ribs, grooves or other deformations
 * produced during the rolling process" (rebar), 7304–7306 tubes and pipes of iron or steel, 8704
 * "Vehicles; for the transport of goods" (trucks), 8708 "Motor vehicles; parts and accessories, of
 * heading no. 8701 to 8705" (tractors are 8701), 3003/3004 "Medicaments", 4011 "New pneumatic
 * tyres, of rubber".
 */
const TABLE = `
5201 | cotton | cotton, хлопок, хлопка, хлопковый, хлопчатобумажный, хлопок-сырец
5201 | cotton | мақта, کپاس, kapas
- | yarn | yarn, пряжа, жіп, دھاگا, dhaga
5205 | - | cotton yarn
- | fabric | fabric, cloth, ткань, мата, کپڑا, kapra
5208 5209 | - | cotton fabric
- | textile | textile, текстиль, текстильный, тоқыма
630260 630291 630293 630299 | - | towel, полотенце, полотенец, сүлгі, تولیہ, tauliya, tolia
- | terry | махровый
6302 | - | bed linen, постельное белье
5101 | wool | wool, шерсть, жүн, اون
61 62 | apparel | clothes, clothing, garment, одежда, киім, کپڑے, kapray
6109 | - | t-shirt, футболка
620342 620462 | - | jeans, джинсы
6115 | - | socks, носки
64 | footwear | shoes, footwear, обувь, аяқ киім, جوتے, joote
- | leather | leather, кожа, кожаный, былғары, چمڑا, chamra
57 | carpet | carpet, rug, ковер, ковры, ковёр, кілем, قالین, qaleen, qalin
1001 | wheat | wheat, пшеница, бидай, گندم, gandum
1101 | flour | flour, мука, ұн, آٹا, atta
1006 | rice | rice, рис, күріш, چاول, chawal
1003 | barley | barley, ячмень, арпа
1005 | maize | maize, corn, кукуруза, жүгері, مکئی, makai
0813 | - | dried fruit, сухофрукты, خشک میوہ, khushk mewa
- | dried | сушеный, вяленый, кептірілген, خشک, khushk
- | fresh | свежий
- | fruit | fruit, фрукты, плоды, жеміс, پھل, phal
- | vegetable | vegetable, овощи, көкөніс, سبزی, sabzi
- | apricot | apricot, абрикос, өрік, خوبانی, khubani
081310 | apricot | курага, урюк
080620 | - | raisin, sultana, изюм, кишмиш, мейіз, کشمش, kishmish
0802 | nut | nut, орех, жаңғақ
080231 080232 | walnut | walnut, грецкий орех, اخروٹ, akhrot
080251 080252 | pistachio | pistachio, фисташка, پستہ, pista
080211 080212 | almond | almond, миндаль, бадам, بادام, badam
080719 | melon | melon, дыня, қауын, خربوزہ, kharbuza
080711 | watermelon | watermelon, арбуз, қарбыз, تربوز, tarbooz, tarbuz
080810 | apple | apple, яблоко, алма, سیب, seb
080610 | grape | grape, виноград, жүзім, انگور, angoor
081090 | - | pomegranate, гранат, анар, انار, anar
080929 080921 | cherry | cherry, вишня, черешня
080930 | peach | peach, персик, шабдалы, آڑو, aaru
080940 | plum | plum, слива
081320 | - | prune, чернослив
080410 | date | финик
0803 | banana | banana, банан, کیلا, kela
080510 | orange | orange, апельсин
080521 | mandarin | mandarin, tangerine, мандарин, کینو, kinnow
080550 | lemon | lemon, лимон
080450 | mango | mango, манго, آم, aam
070310 | onion | onion, лук, пияз, پیاز, pyaz
070320 | garlic | garlic, чеснок, сарымсақ, لہسن, lehsan
0701 | potato | potato, картофель, картошка, картоп, آلو, aloo
0702 | tomato | tomato, помидор, томат, қызанақ, ٹماٹر, tamatar
070610 | carrot | carrot, морковь, сәбіз, گاجر, gajar
0704 | cabbage | cabbage, капуста, қырыққабат
071340 | lentil | lentil, чечевица, مسور, masoor
071320 | chickpea | chickpea, нут, ноқат, چنا, chana
071331 | - | mung bean, маш, مونگ, moong
120600 | sunflower | подсолнечник, семечки, күнбағыс
120740 | sesamum | sesame, кунжут, күнжіт, تل, til
1701 | sugar | sugar, сахар, қант, چینی, cheeni
0902 | tea | tea, чай, чая, чаю, шай, چائے, chai
0401 | milk | milk, молоко, сүт, دودھ, doodh
0405 | - | butter, сливочное масло, مکھن, makhan
0406 | cheese | cheese, сыр, ірімшік, پنیر, paneer
0407 | egg | egg, яйцо, яйца, жұмыртқа, انڈے, anday
0409 | honey | honey, мед, бал, شہد, shahad
02 | meat | meat, мясо, ет, گوشت, gosht
0201 0202 | - | beef, говядина
0204 | - | mutton, lamb, баранина
0207 | - | chicken, курица, тауық
03 | fish | fish, рыба, балық, مچھلی, machli
151211 151219 | - | sunflower oil, подсолнечное масло, күнбағыс майы
- | oil | масло, май, تیل, tel
1902 | pasta | pasta, макароны
190531 | - | biscuit, печенье
1704 | - | sweets, candy, конфеты
1806 | chocolate | chocolate, шоколад
2009 | juice | juice, сок, шырын
2309 | - | animal feed, fodder, корм, комбикорм
2501 | salt | salt, соль, тұз, نمک, namak
2701 | coal | coal, уголь, көмір, کوئلہ, koila
2709 | - | crude oil, нефть, мұнай, خام تیل
271012 | - | petrol, gasoline, бензин, پٹرول
271019 | - | diesel, дизельное топливо, солярка, ڈیزل
271019 | - | lubricating oil, моторное масло, машинное масло
2523 | cement | cement, цемент, سیمنٹ, siment
- | pipe | pipe, труба, құбыр, پائپ
- | steel | steel, сталь, стальной, болат, سٹیل
- | iron | iron, железо, темір, لوہا, loha
7304 7305 7306 | - | steel pipe, steel tube
721420 | - | rebar, reinforcing bar, арматура, سریا, sariya
7208 7209 7210 7211 7212 | - | sheet steel, листовая сталь
7217 | - | steel wire, проволока, сым
76 | aluminium | aluminium, aluminum, алюминий
74 | copper | copper, медь, мыс, تانبا, tamba
6907 | tile | tile, плитка, кафель
- | glass | glass, стекло, шыны, شیشہ, sheesha
4407 | - | timber, lumber, пиломатериалы, лесоматериалы
- | wood | wood, древесина, ағаш, لکڑی, lakri
- | paper | paper, бумага, қағаз, کاغذ, kaghaz
3901 | ethylene | polyethylene, полиэтилен
3904 | - | pvc, пвх
3102 3103 3104 3105 | fertilizer | fertilizer, fertiliser, удобрение, тыңайтқыш, کھاد, khad
310210 | urea | urea, карбамид, мочевина
3003 3004 | medicament | medicine, medicament, drug, pharmaceutical, лекарство, медикаменты
3003 3004 | medicament | дәрі, دوا, دوائی, dawa, dawai
3401 | soap | soap, мыло, сабын, صابن, sabun
3402 | - | detergent, стиральный порошок
3304 | - | cosmetics, косметика
24 | tobacco | tobacco, табак, темекі, تمباکو
240220 | - | cigarette, сигареты, سگریٹ
8708 | - | tractor parts, vehicle parts, car parts, truck parts, auto parts, spare parts
8708 | part | запчасти, запасные части, автозапчасти, қосалқы бөлшектер, اسپیئر پارٹس
8701 | tractor | tractor, трактор, тракторный, тягач, ٹریکٹر
8704 | - | truck, lorry, грузовик, грузовой автомобиль, жүк көлігі, ٹرک, trak
8703 | - | passenger car, автомобиль, легковой автомобиль
8702 | - | bus, автобус, بس
8716 | - | trailer, semi-trailer, прицеп, полуприцеп, тіркеме, ٹریلر
4011 | tyre | tyre, tire, шина, покрышка, ٹائر
8407 8408 | engine | engine, двигатель, мотор, қозғалтқыш, انجن
8413 | pump | pump, насос, сорғы, پمپ
8544 | - | cable, кабель, провод, کیبل
8504 | transformer | transformer, трансформатор, ٹرانسفارمر
8507 | accumulator | battery, аккумулятор, بیٹری
854143 | - | solar panel, солнечная панель, солнечные батареи, سولر پینل
8471 | - | computer, laptop, компьютер, ноутбук, کمپیوٹر
851713 851714 | - | mobile phone, smartphone, телефон, смартфон, موبائل
8415 | - | air conditioner, кондиционер
841810 841821 | refrigerator | refrigerator, fridge, холодильник, тоңазытқыш, فریج
8450 | - | washing machine, стиральная машина
852872 | - | television, телевизор, теледидар
9405 | - | lamp, светильник
8609 | - | container, контейнер
9403 | furniture | furniture, мебель, жиһаз, فرنیچر
9503 | toy | toy, игрушка, ойыншық, کھلونا
6305 | - | sack, мешок, мешки, қап, بوری, bori
`

export interface HsSynonym {
  /** the HS 2022 chapters, headings or subheadings the goods are classified in */
  codes: readonly string[]
  /** the nomenclature's English words for the goods, searched in its descriptions */
  means: string
  /** what people say: words or short phrases in English, Russian, Kazakh or Urdu */
  say: readonly string[]
}

/** The names, as written above. */
export const HS_SYNONYMS: readonly HsSynonym[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [codes = '', means = '', say = ''] = line.split('|').map((cell) => cell.trim())
    return {
      codes: codes === '-' ? [] : codes.split(/\s+/),
      means: means === '-' ? '' : means,
      say: say.split(',').map((name) => name.trim()),
    }
  })
