//! DNS_CHECK: one query over UDP (recursion desired); a response with our id and
//! RCODE 0 passes, whatever its answers (as keepalived). Datagrams that are too short,
//! carry another id or are not responses are ignored while waiting.

use std::str::FromStr;

use hickory_proto::op::{Message, MessageType, OpCode, Query, ResponseCode};
use hickory_proto::rr::{Name, RecordType};

use super::socket::connect_udp;
use crate::monitor::Probe;
use crate::outcome::{Failure, Outcome};
use crate::spec::DnsSpec;

pub async fn check(probe: &Probe, spec: &DnsSpec, id: u16) -> Outcome {
    match exchange(probe, spec, id).await {
        Ok(()) => Outcome::SUCCESS,
        Err(f) => f.into(),
    }
}

/// The query bytes; `None` if the name or type cannot be encoded.
pub fn query(spec: &DnsSpec, id: u16) -> Option<Vec<u8>> {
    let name = Name::from_ascii(&spec.name).ok()?;
    let rtype = RecordType::from_str(&spec.qtype.to_ascii_uppercase()).ok()?;
    let mut msg = Message::new();
    msg.set_id(id)
        .set_message_type(MessageType::Query)
        .set_op_code(OpCode::Query)
        .set_recursion_desired(true)
        .add_query(Query::query(name, rtype));
    msg.to_vec().ok()
}

async fn exchange(probe: &Probe, spec: &DnsSpec, id: u16) -> Result<(), Failure> {
    let q = query(spec, id).ok_or(Failure::Setup(std::io::ErrorKind::InvalidInput))?;
    let sock = connect_udp(probe).await?;
    sock.send(&q).await.map_err(|e| Failure::Io(e.kind()))?;
    let mut buf = vec![0u8; 65536];
    loop {
        let n = sock
            .recv(&mut buf)
            .await
            .map_err(|e| Failure::Connect(e.kind()))?;
        let Ok(resp) = Message::from_vec(&buf[..n]) else {
            continue;
        };
        if resp.id() != id || resp.message_type() != MessageType::Response {
            continue;
        }
        return match resp.response_code() {
            ResponseCode::NoError => Ok(()),
            rc => Err(Failure::Reply(u16::from(rc))),
        };
    }
}
