mod quorum;
mod schedule;
mod servers;
mod util;
