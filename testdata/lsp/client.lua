-- A headless Neovim session as an LSP client of factlint: open an article,
-- wait for diagnostics, hover on the finding's figure, apply the quick fix
-- that suppresses it, write down what came back, quit.
local bin, root, file, out = vim.g.factlint_bin, vim.g.factlint_root, vim.g.factlint_file, vim.g.factlint_out
local function session()
local id = vim.lsp.start_client({ cmd = { bin, "lsp" }, root_dir = root, name = "factlint" })
vim.cmd("edit " .. file)
vim.lsp.buf_attach_client(0, id)
vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 100)
local lines, finding = {}, nil
for _, d in ipairs(vim.diagnostic.get(0)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  local related = lsp.relatedInformation and #lsp.relatedInformation or 0
  table.insert(lines, string.format("%d:%d %s related=%d %s", d.lnum + 1, d.col + 1, lsp.code or d.code or "", related, d.message))
  if lsp.code == "death-toll-within" then finding = d end
end
table.sort(lines)
if finding then
  local doc = { uri = vim.uri_from_bufnr(0) }
  -- Neovim keeps a diagnostic's place in bytes: back to UTF-16, as sent
  local function at(line, col)
    local text = vim.api.nvim_buf_get_lines(0, line, line + 1, false)[1] or ""
    return { line = line, character = vim.str_utfindex(text, col) }
  end
  finding.range = { start = at(finding.lnum, finding.col), ["end"] = at(finding.end_lnum, finding.end_col) }
  local hover = vim.lsp.buf_request_sync(0, "textDocument/hover", { textDocument = doc, position = finding.range.start }, 10000)
  for _, r in pairs(hover or {}) do
    if r.result then
      for _, l in ipairs(vim.split(r.result.contents.value, "\n")) do table.insert(lines, "hover " .. l) end
    end
  end
  local actions = vim.lsp.buf_request_sync(0, "textDocument/codeAction",
    { textDocument = doc, range = finding.range, context = { diagnostics = { { range = finding.range, message = finding.message, code = "death-toll-within" } } } }, 10000)
  for _, r in pairs(actions or {}) do
    for _, a in ipairs(r.result or {}) do
      table.insert(lines, "action " .. a.title)
      vim.lsp.util.apply_workspace_edit(a.edit, "utf-16")
    end
  end
  local suppressed = function()
    for _, d in ipairs(vim.diagnostic.get(0)) do
      if d.user_data and d.user_data.lsp and d.user_data.lsp.code == "death-toll-within" then return false end
    end
    return true
  end
  vim.wait(20000, suppressed, 100)
  table.insert(lines, "suppressed " .. tostring(suppressed()))
  for n, l in ipairs(vim.api.nvim_buf_get_lines(0, 0, -1, false)) do
    if l:find("factlint-disable", 1, true) then table.insert(lines, string.format("line %d %s", n, l)) end
  end
end
return lines
end
-- an error is written down too: left to Neovim, it waits for a key
local ok, lines = xpcall(session, debug.traceback)
if not ok then lines = { "error " .. lines } end
vim.fn.writefile(vim.split(table.concat(lines, "\n"), "\n"), out)
vim.cmd("qa!")
