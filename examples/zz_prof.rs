fn main() {
    let mut n = 0;
    for _ in 0..2000 {
        let p = wuzhong_plan::Plan::from_json(wuzhong_plan::PLAN_JSON_COMPACT).unwrap();
        n += p.tasks().len();
    }
    println!("{n}");
}
