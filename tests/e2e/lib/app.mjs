// Drives the app the way a person does: real mouse and keyboard events on the
// canvas, aimed at widgets the app reports through its automation bridge
// (window.roleExplorer.inspect(): widget rectangles of the last frame + state).

// Counts WebGL draw calls from page start; installed before any page script runs.
export const DRAW_CALL_COUNTER = () => {
  window.__drawCalls = 0;
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    for (const name of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced', 'drawRangeElements']) {
      const original = proto[name];
      if (!original) continue;
      proto[name] = function (...args) { window.__drawCalls++; return original.apply(this, args); };
    }
  }
};

export class AppPage {
  constructor(page) { this.page = page; }

  async open(url) {
    await this.page.goto(url);
    await this.page.waitForFunction(() => window.roleExplorerShell && window.roleExplorerShell.firstFrameAt, null, { timeout: 30000 });
    await this.settle();
  }

  // Waits until the app has stopped rendering (render on demand went idle).
  async settle() {
    await this.page.waitForFunction(() => window.roleExplorer.isIdle(), null, { timeout: 10000, polling: 50 });
  }

  async inspect() { return this.page.evaluate(() => window.roleExplorer.inspect()); }
  async state() { return (await this.inspect()).state; }

  // Centre of a widget in CSS pixels (the app reports device pixels).
  async centerOf(widget) {
    const info = await this.inspect();
    const r = info.widgets[widget];
    if (!r) throw new Error(`widget "${widget}" was not drawn in the last frame; drawn: ${Object.keys(info.widgets).join(', ')}`);
    return { x: (r.x + r.w / 2) / info.dpr, y: (r.y + r.h / 2) / info.dpr };
  }

  async click(widget) {
    const { x, y } = await this.centerOf(widget);
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.up();
    await this.settle();
  }

  async hover(widget) {
    const { x, y } = await this.centerOf(widget);
    await this.page.mouse.move(x, y);
    await this.settle();
  }

  // Scrolls with the real mouse wheel (over the page body) until `widget` is drawn.
  async scrollUntilDrawn(widget, deltaY, at = { x: 640, y: 500 }) {
    await this.page.mouse.move(at.x, at.y);
    for (let i = 0; i < 20 && !(await this.inspect()).widgets[widget]; i++) {
      await this.page.mouse.wheel(0, deltaY);
      await this.settle();
    }
  }

  async press(keys) { await this.page.keyboard.press(keys); await this.settle(); }
  async type(text) { await this.page.keyboard.type(text, { delay: 20 }); await this.settle(); }
}
