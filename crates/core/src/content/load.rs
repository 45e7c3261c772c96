//! Loading the content: parse every file, apply the site override, then validate the whole.

use super::directory::{apply_override, parse_directory};
use super::files::ContentFiles;
use super::flow::{parse_flow, Contract};
use super::validate::validate;
use super::Content;
use crate::model::Diagnostic;

impl Content {
    /// Parses and validates; any problem, in any file, is returned with file and line.
    pub(crate) fn load(files: &ContentFiles) -> Result<Content, Vec<Diagnostic>> {
        let mut diags = Vec::new();
        let contract: Option<Contract> = files.contract.parse().map_err(|d| diags.push(d)).ok();
        let flow = parse_flow(&files.flow).map_err(|d| diags.push(d)).ok();
        let mut directory = parse_directory(&files.directory, &mut diags);
        if let (Some(dir), Some(file)) = (directory.as_mut(), files.site_override.as_ref()) {
            // The contract's emergency services cannot be overridden (the shipped contract,
            // or the data copy's; without a contract there is nothing to load anyway).
            let protected: Vec<String> = contract
                .iter()
                .flat_map(|c| c.exclusive.iter().map(|e| e.service.clone()))
                .collect();
            apply_override(dir, file, &protected, &mut diags);
        }
        let (Some(contract), Some(flow), Some(directory)) = (contract, flow, directory) else {
            return Err(diags);
        };
        let content = Content {
            contract,
            flow,
            directory,
        };
        validate(&content, files, &mut diags);
        if diags.is_empty() {
            Ok(content)
        } else {
            Err(diags)
        }
    }
}
