use crate::model::Config;

pub(super) fn print(cfg: &Config, out: &mut String) {
    let _ = (cfg, out);
}
