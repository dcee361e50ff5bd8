//! How long the embedded gazetteer takes to read, and how big it is:
//! `cargo run --release -p dyad-geo --example load_gazetteer`.

use dyad_geo::Gazetteer;
use std::time::Instant;

fn main() {
    let runs = 5;
    let mut best = f64::MAX;
    let mut places = 0;
    for _ in 0..runs {
        let start = Instant::now();
        let g = Gazetteer::unpack_builtin();
        assert!(!g.lookup("Paris").is_empty());
        best = best.min(start.elapsed().as_secs_f64());
        places = g.len();
    }
    println!("gazetteer: {places} places read in {:.1} ms (best of {runs})", best * 1e3);
}
