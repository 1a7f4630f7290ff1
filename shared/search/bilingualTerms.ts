// The bilingual term list that lets a Chinese query find English notifications and back: products,
// HS and ICS descriptions and TBT vocabulary. Data only; one line per Chinese term, its English
// equivalents after "|" separated by ";". A multi-word English equivalent matches a notification
// that has all of its words (stemmed, so "battery" also stands for "batteries").
// To add a term, add a line; queryPlan.ts reads nothing else.
export const BILINGUAL_TERMS = `
玩具 | toy
电池 | battery; accumulator; cell
蓄电池 | accumulator; battery
锂离子电池 | lithium-ion battery; lithium-ion accumulator
锂 | lithium
磁 | magnet; magnetic
磁体 | magnet
磁铁 | magnet
儿童 | child; children; infant
婴儿 | infant; baby
电动自行车 | electric bicycle; electric cycle; e-bike
自行车 | bicycle; cycle
冰箱 | refrigerator; fridge
电冰箱 | refrigerator
冷冻 | freezer; frozen
家用电器 | household appliance; domestic appliance
家用 | household; domestic
电器 | appliance; electrical
能效 | energy efficiency
能源 | energy
标签 | label; labelling; labeling
标识 | marking; label
农药 | pesticide
残留 | residue
最大残留限量 | maximum residue limit
水果 | fruit
蔬菜 | vegetable
化妆品 | cosmetic
香水 | perfume
无线电 | radio
无线电设备 | radio equipment
网络安全 | cybersecurity; cyber security
汽车 | motor vehicle; car; automobile
机动车 | motor vehicle
轮胎 | tyre; tire
医疗器械 | medical device
注射器 | syringe
针 | needle
导管 | catheter
有害物质 | hazardous substance
电子 | electronic
电子产品 | electronic equipment; electronic product
食品 | food; foodstuff
食品接触 | food contact
塑料 | plastic
包装 | packaging; packing
再生 | recycled; recycling
建筑材料 | construction product; building material
建筑 | construction; building
防火 | fire
燃烧 | fire; combustion; flammability
保温 | insulation; insulating
绝缘 | insulation; insulating
家禽 | poultry
活禽 | live poultry
动物卫生 | animal health
动物 | animal
蛋 | egg
肉 | meat
乳制品 | dairy
牛奶 | milk
酒 | wine; spirit; alcoholic beverage
饮料 | beverage; drink
纺织品 | textile
服装 | clothing; apparel
鞋 | footwear; shoe
化学品 | chemical
化肥 | fertilizer; fertiliser
钢 | steel
水泥 | cement
燃气 | gas
燃气用具 | gas appliance
压力设备 | pressure equipment
机械 | machinery
药品 | medicine; medicinal product; drug; pharmaceutical
食品添加剂 | food additive
添加剂 | additive
废物 | waste
排放 | emission
充电器 | charger
手机 | mobile phone
照明 | lighting; lamp
灯具 | luminaire; lamp
电线 | cable; wire
插头 | plug
安全 | safety
安全要求 | safety requirement
技术法规 | technical regulation
标准 | standard
合格评定 | conformity assessment
认证 | certification
检测 | testing; test
试验方法 | test method
测试 | test; testing
要求 | requirement
限量 | limit
通报 | notification
补遗 | addendum
勘误 | corrigendum
修订 | revision
评议 | comment
评议截止日期 | final date for comments
咨询点 | enquiry point
技术性贸易措施 | technical barriers to trade
卫生 | sanitary; health
植物 | plant
健康 | health
环境 | environment; environmental
消费者 | consumer
消费品 | consumer product
电气 | electrical
设备 | equipment; device
`;
