//! `import`: built-in native modules, library modules written in Python and
//! embedded in the binary, and `.py` files beside the main script.

use super::{PyErr, PyResult, Vm};
use crate::objects::*;
use crate::value::Value;
use std::rc::Rc;

impl Vm {
    pub(crate) fn import_name(&mut self, name: &str, fromlist: &Value, level: &Value, _globals: &Rc<PyDict>) -> PyResult<Value> {
        if let Value::Int(l) = level {
            if *l > 0 {
                return Err(self.new_exception("ImportError", "attempted relative import with no known parent package"));
            }
        }
        let parts: Vec<&str> = name.split('.').collect();
        let top = self.import_module(parts[0])?;
        let mut m = top.clone();
        let mut path = parts[0].to_string();
        for p in &parts[1..] {
            path.push('.');
            path.push_str(p);
            m = match self.import_module(&path) {
                Ok(sub) => {
                    // A submodule is an attribute of its package.
                    if let (Value::Module(pm), Value::Module(_)) = (&m, &sub) {
                        if dict_get_str(&pm.dict, p).is_none() {
                            dict_set_str(&pm.dict, p, sub.clone());
                        }
                    }
                    sub
                }
                Err(_) => match self.get_attr_opt(&m, p)? {
                    Some(v) => v,
                    None => return Err(self.module_not_found(&path)),
                },
            };
        }
        let has_fromlist = !matches!(fromlist, Value::None) && self.is_true(fromlist)?;
        Ok(if has_fromlist { m } else { top })
    }

    fn module_not_found(&mut self, name: &str) -> PyErr {
        let e = self.new_exception("ModuleNotFoundError", &format!("No module named '{}'", name));
        if let PyErr::Exception(Value::Instance(i)) = &e {
            dict_set_str(&i.dict, "name", Value::str(name));
        }
        e
    }

    /// Import one module by its full name.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = dict_get_str(&self.modules, name) {
            return Ok(m);
        }
        if let Some(m) = self.host_modules.get(name).cloned() {
            dict_set_str(&self.modules, name, m.clone());
            return Ok(m);
        }
        if let Some(r) = crate::modules::native_module(self, name) {
            let m = r?;
            dict_set_str(&self.modules, name, m.clone());
            return Ok(m);
        }
        if let Some(src) = crate::modules::pylib_source(name) {
            let filename = format!("<pygil {}>", name);
            return self.exec_module_source(name, &filename, src, None);
        }
        if let Some(dir) = self.script_dir.clone() {
            let path = dir.join(format!("{}.py", name.replace('.', "/")));
            if path.is_file() {
                let src = match std::fs::read_to_string(&path) {
                    Ok(s) => s,
                    Err(e) => return Err(self.new_exception("ImportError", &e.to_string())),
                };
                let filename = path.to_string_lossy().to_string();
                return self.exec_module_source(name, &filename, &src, Some(&filename));
            }
        }
        Err(self.module_not_found(name))
    }

    /// Compile and run a module's source, registering it in sys.modules
    /// first (so circular imports see the partial module, as in CPython).
    pub fn exec_module_source(&mut self, name: &str, filename: &str, src: &str, file_attr: Option<&str>) -> PyResult<Value> {
        let code = self.compile_source(src, filename)?;
        let dict = Rc::new(PyDict::new());
        dict_set_str(&dict, "__name__", Value::str(name));
        dict_set_str(&dict, "__doc__", Value::None);
        dict_set_str(&dict, "__builtins__", Value::Dict(self.builtins.clone()));
        if let Some(f) = file_attr {
            dict_set_str(&dict, "__file__", Value::str(f));
        }
        let m = Value::Module(Rc::new(Module { name: name.to_string(), dict: dict.clone() }));
        dict_set_str(&self.modules, name, m.clone());
        let frame = Box::new(super::Frame::new(code, dict, None));
        match self.run_frame_nested(frame) {
            Ok(_) => Ok(m),
            Err(e) => {
                dict_del_str(&self.modules, name);
                Err(e)
            }
        }
    }

    /// Parse and compile source into a loaded code object, or raise
    /// SyntaxError/IndentationError.
    pub fn compile_source(&mut self, src: &str, filename: &str) -> PyResult<Rc<CodeRef>> {
        self.sources.insert(filename.to_string(), Rc::from(src));
        let cacheable = super::code_cache::cacheable(filename, src);
        if cacheable {
            if let Some(code) = super::code_cache::get(filename, src) {
                return Ok(self.load_code(code));
            }
        }
        let module = crate::parser::parse_module(src, filename).map_err(|e| self.syntax_error(&e, filename, src))?;
        let code = std::sync::Arc::new(crate::compiler::compile_module(&module, filename).map_err(|e| self.syntax_error(&e, filename, src))?);
        // CPython's compile-time SyntaxWarnings (`x is 1`, `[1, 2]["a"]`),
        // shown as the default warning filter shows them: file:line, then
        // the stripped source line when the file has one.
        for (line, msg) in crate::compiler::warnings::syntax_warnings(&module) {
            let mut text = format!("{}:{}: SyntaxWarning: {}\n", filename, line, msg);
            if !filename.starts_with('<') {
                if let Some(l) = src.split('\n').nth((line as usize).saturating_sub(1)) {
                    let l = l.trim();
                    if !l.is_empty() {
                        text.push_str(&format!("  {}\n", l));
                    }
                }
            }
            self.write_stderr(&text);
        }
        if cacheable {
            super::code_cache::put(filename, src, code.clone());
        }
        Ok(self.load_code(code))
    }

    /// A SyntaxError instance with CPython's attributes.
    pub fn syntax_error(&mut self, e: &crate::syntax_error::SyntaxErrorInfo, filename: &str, src: &str) -> PyErr {
        // CPython's end_offset is -1 when the error has no extent.
        let end_offset = if e.end_offset == 0 { -1 } else { e.end_offset as i64 };
        let text = match &e.text {
            Some(t) => Some(format!("{}\n", t)),
            None => src.split('\n').nth((e.line as usize).saturating_sub(1)).map(|l| format!("{}\n", l.trim_end_matches('\r'))),
        };
        let cls = self.types.exc(e.kind.name());
        let detail = Value::tuple(vec![
            Value::str(filename),
            Value::Int(e.line as i64),
            Value::Int(e.offset as i64),
            text.clone().map(Value::string).unwrap_or(Value::None),
            Value::Int(e.line as i64),
            Value::Int(end_offset),
        ]);
        let exc = self.exception_instance(&cls, vec![Value::str(&e.msg), detail]);
        if let Value::Instance(i) = &exc {
            dict_set_str(&i.dict, "msg", Value::str(&e.msg));
            dict_set_str(&i.dict, "filename", Value::str(filename));
            dict_set_str(&i.dict, "lineno", Value::Int(e.line as i64));
            dict_set_str(&i.dict, "offset", Value::Int(e.offset as i64));
            dict_set_str(&i.dict, "end_lineno", Value::Int(e.line as i64));
            dict_set_str(&i.dict, "end_offset", Value::Int(end_offset));
            dict_set_str(&i.dict, "text", text.map(Value::string).unwrap_or(Value::None));
        }
        PyErr::Exception(exc)
    }

    pub(crate) fn import_from(&mut self, m: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match self.get_attr_opt(m, name.as_str())? {
            Some(v) => Ok(v),
            None => {
                // A submodule not yet imported.
                if let Value::Module(md) = m {
                    let full = format!("{}.{}", md.name, name.as_str());
                    if let Ok(sub) = self.import_module(&full) {
                        return Ok(sub);
                    }
                    let loc = match dict_get_str(&md.dict, "__file__") {
                        Some(Value::Str(f)) => f.as_str().to_string(),
                        _ => "unknown location".to_string(),
                    };
                    let msg = format!("cannot import name '{}' from '{}' ({})", name.as_str(), md.name, loc);
                    let e = self.new_exception("ImportError", &msg);
                    return Err(e);
                }
                Err(self.new_exception("ImportError", &format!("cannot import name '{}'", name.as_str())))
            }
        }
    }

    pub(crate) fn import_star(&mut self, m: &Value, ns: &Rc<PyDict>) -> PyResult<()> {
        let md = match m {
            Value::Module(md) => md.clone(),
            _ => return Ok(()),
        };
        let names: Vec<Value> = match dict_get_str(&md.dict, "__all__") {
            Some(all) => self.collect(&all)?,
            None => md.dict.data.borrow().keys().into_iter().filter(|k| !k.as_str().map(|s| s.starts_with('_')).unwrap_or(true)).collect(),
        };
        for n in names {
            if let Value::Str(s) = &n {
                if let Some(v) = dict_get_str(&md.dict, s.as_str()) {
                    dict_set_pystr(ns, s.clone(), v);
                }
            }
        }
        Ok(())
    }
}
