-- A headless Neovim session as an LSP client of factlint: open an article,
-- wait for diagnostics, write them to a file, quit.
local bin, root, file, out = vim.g.factlint_bin, vim.g.factlint_root, vim.g.factlint_file, vim.g.factlint_out
local id = vim.lsp.start_client({ cmd = { bin, "lsp" }, root_dir = root, name = "factlint" })
vim.cmd("edit " .. file)
vim.lsp.buf_attach_client(0, id)
vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 100)
local lines = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  local related = lsp.relatedInformation and #lsp.relatedInformation or 0
  table.insert(lines, string.format("%d:%d %s related=%d %s", d.lnum + 1, d.col + 1, lsp.code or d.code or "", related, d.message))
end
table.sort(lines)
vim.fn.writefile(lines, out)
vim.cmd("qa!")
