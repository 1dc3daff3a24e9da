import { Builder, WebElement, type WebDriver } from 'selenium-webdriver';
import { find, type Driver, type PageFunction, type Target } from './tab';

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver (classic WebDriver, no BiDi, no log endpoint).
 * Its automation sessions are ephemeral: a new MiniBrowser starts with empty storage, so `restart` closes the window
 * and opens a new one in the same browser, which still shows that what was kept lives in storage and not in the page.
 */
export class WebDriverDriver implements Driver<WebElement> {
  private constructor(private readonly driver: WebDriver) {}

  static async open(server: string, binary: string, width: number): Promise<WebDriverDriver> {
    const driver = await new Builder()
      .usingServer(server)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary, args: ['--automation'] } })
      .build();
    await driver.manage().window().setRect({ width, height: 740 });
    return new WebDriverDriver(driver);
  }

  goto(url: string) {
    return this.driver.get(url);
  }

  reload() {
    return this.driver.navigate().refresh();
  }

  url() {
    return this.driver.getCurrentUrl();
  }

  run<T>(fn: PageFunction, ...args: unknown[]): Promise<T> {
    return this.driver.executeScript<T>(fn, ...args);
  }

  async element(target: Target): Promise<WebElement | null> {
    const found = await this.driver.executeScript<unknown>(find, target).catch(() => null);
    return found instanceof WebElement ? found : null;
  }

  click(element: WebElement) {
    return element.click();
  }

  type(element: WebElement, text: string) {
    return element.sendKeys(text);
  }

  async restart() {
    const old = await this.driver.getWindowHandle();
    const { width, height } = await this.driver.manage().window().getRect();
    await this.driver.switchTo().newWindow('window');
    const fresh = await this.driver.getWindowHandle();
    await this.driver.switchTo().window(old);
    await this.driver.close();
    await this.driver.switchTo().window(fresh);
    await this.driver.manage().window().setRect({ width, height });
  }

  async screenshot() {
    return Buffer.from(await this.driver.takeScreenshot(), 'base64');
  }

  close() {
    return this.driver.quit();
  }
}
