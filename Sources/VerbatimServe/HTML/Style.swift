/// The style sheet every page links (`/style.css`), hand-written.
enum Style {
    static let css = """
        :root{--ink:#1d2330;--muted:#5d6677;--line:#d9dde5;--paper:#fff;--wash:#f4f6f9;--accent:#1f5fa8;--mark:#fff1b8;--bar:#3c78c3}
        *{box-sizing:border-box}
        body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--wash)}
        a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
        header{display:flex;gap:16px;align-items:center;padding:10px 24px;background:var(--ink);color:#fff;flex-wrap:wrap}
        header .brand{color:#fff;font-weight:700;font-size:18px;letter-spacing:.02em}
        header form{flex:1;display:flex;gap:6px;min-width:280px}
        header input{flex:1;padding:7px 10px;border:0;border-radius:4px;font:inherit}
        header button{padding:7px 14px;border:0;border-radius:4px;background:var(--bar);color:#fff;font:inherit;cursor:pointer}
        header nav a{color:#cfe0f5;margin-left:12px}
        main{max-width:1180px;margin:0 auto;padding:20px 24px}
        footer{max-width:1180px;margin:0 auto;padding:12px 24px 32px;color:var(--muted);font-size:13px}
        h1{font-size:24px;margin:4px 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
        .sub{color:var(--muted);margin:0 0 12px}
        section.panel{background:var(--paper);border:1px solid var(--line);border-radius:6px;padding:14px 18px;margin:14px 0}
        .card{background:var(--paper);border:1px solid var(--line);border-radius:6px;padding:12px 16px;margin:10px 0}
        .card .meta{font-size:13px;color:var(--muted)}.card .meta a{font-weight:600}
        .card .who{font-weight:600;color:var(--ink)}
        .card blockquote{margin:8px 0;padding:0 0 0 12px;border-left:3px solid var(--line)}
        .card .acts{font-size:13px;color:var(--muted)}
        .score{float:right;font-size:12px;color:var(--muted)}
        mark{background:var(--mark);padding:0 1px}
        .tag{display:inline-block;font-size:12px;padding:0 6px;border-radius:9px;background:var(--wash);border:1px solid var(--line);color:var(--muted);margin-right:4px}
        .act{background:#e8f0fb;border-color:#c5d7f0;color:#1f4f8a}
        table.rows{border-collapse:collapse;width:100%;background:var(--paper);font-size:14px}
        table.rows th,table.rows td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
        table.rows th{background:var(--wash);font-weight:600}
        td.n,th.n{text-align:right}
        .pager{margin:10px 0;display:flex;gap:14px;color:var(--muted)}
        .columns{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:16px;align-items:start}
        .article-text{white-space:pre-wrap}
        .article-text a.stmt{color:inherit;background:var(--mark);border-bottom:2px solid #e0b400}
        .article-text a.stmt:target,.article-text a.stmt:hover{background:#ffe27a;text-decoration:none}
        .article-text .label{font-size:11px;font-weight:600;color:#fff;background:var(--accent);border-radius:3px;padding:0 4px;margin-right:3px;vertical-align:1px}
        .layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(260px,2fr);gap:20px;align-items:start}
        details.explain{background:var(--paper);border:1px solid var(--line);border-radius:6px;margin:6px 0;padding:6px 12px;font-size:13px}
        details.explain summary{cursor:pointer;font-weight:600}
        details.explain:target,details[open].explain{border-color:var(--accent)}
        dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:6px 0}dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
        .chart svg{width:100%;height:auto;display:block}
        .chart text{font:11px system-ui,sans-serif;fill:var(--muted)}
        .chart .bar{fill:var(--bar)}.chart .axis{stroke:var(--line)}
        .note{color:var(--muted);font-size:13px}
        .error{border-left:4px solid #c0392b}
        form.filter{display:flex;gap:8px;flex-wrap:wrap;align-items:end;margin:8px 0}
        form.filter label{font-size:12px;color:var(--muted);display:flex;flex-direction:column}
        form.filter input{padding:4px 6px;border:1px solid var(--line);border-radius:4px;font:inherit}
        form.filter button{padding:5px 12px;border:1px solid var(--accent);background:var(--accent);color:#fff;border-radius:4px}
        pre.explain{white-space:pre-wrap;font-size:12px;background:var(--wash);padding:8px;border-radius:4px}
        """
}
