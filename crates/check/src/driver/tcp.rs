//! TCP_CHECK: the connection is accepted.

use crate::monitor::Probe;
use crate::outcome::Outcome;

pub async fn check(probe: &Probe) -> Outcome {
    match super::socket::connect_tcp(probe).await {
        Ok(_stream) => Outcome::SUCCESS,
        Err(f) => f.into(),
    }
}
