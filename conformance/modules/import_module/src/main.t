// `import app.mathx;` makes the module's items available as `mathx.NAME`
import app.mathx;
fn main() {
    println(mathx.double(21));
    println(mathx.TEN);
}
