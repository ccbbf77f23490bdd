//! The "exception being handled" across generator suspension. CPython keeps
//! one exception state per generator (`gi_exc_state`) stacked over its
//! resumer's; pygil keeps one `handled` slot per thread and swaps it here
//! when a generator frame is resumed and when it yields or ends.

use super::frame::{BlockKind, Frame};
use super::Vm;
use crate::objects::Generator;

impl Vm {
    /// A generator frame is about to run: remember the resumer's handled
    /// exception and bring back the generator's own, if it stopped inside an
    /// `except` block.
    pub(crate) fn gen_exc_enter(&mut self, g: &Generator, f: &mut Frame) {
        let tid = self.current;
        let caller = self.threads[tid].handled.clone();
        let mut st = g.exc.borrow_mut();
        let own = st.own.take();
        // The outermost handler restores, when it ends, whatever the resumer
        // is handling now, not what it handled when the handler was entered.
        if let Some(b) = f.blocks.iter_mut().find(|b| b.kind == BlockKind::ExceptHandler) {
            b.saved_exc = caller.clone();
            self.threads[tid].handled = own;
        }
        st.caller = caller;
    }

    /// A generator frame yields: keep its handled exception and give the
    /// resumer back its own.
    pub(crate) fn gen_exc_suspend(&mut self, g: &Generator) {
        let tid = self.current;
        let mut st = g.exc.borrow_mut();
        st.own = std::mem::replace(&mut self.threads[tid].handled, st.caller.take());
    }

    /// A generator frame ended (returned or raised): the resumer's handled
    /// exception is current again.
    pub(crate) fn gen_exc_finish(&mut self, g: &Generator) {
        let tid = self.current;
        let mut st = g.exc.borrow_mut();
        st.own = None;
        self.threads[tid].handled = st.caller.take();
    }
}
