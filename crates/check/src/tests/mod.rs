mod props;
mod quorum;
mod reload;
mod schedule;
mod servers;
mod util;
