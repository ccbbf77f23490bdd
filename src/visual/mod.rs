//! Pictures of a run, all read from the one event stream
//! (`crate::events`): the stretches each thread spent running, waiting
//! for the GIL or blocked (`spans`), written as a Chrome trace for
//! Perfetto (`trace`) or drawn as an SVG Gantt chart (`timeline`).

pub mod spans;
pub mod timeline;
pub mod trace;

pub use spans::{Span, SpanState, Timeline};
