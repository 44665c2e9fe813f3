/**
 * What a brand or a shop makes, after a name that is also a brand's: "new Hunter wellies", "my Faith trainers",
 * "the Jack Wills sale". Shared by child-name and roster-name.
 */
export const PRODUCTS: ReadonlySet<string> = new Set(['wellies', 'wellingtons', 'boots', 'boot', 'coat', 'coats', 'jacket', 'jackets', 'raincoat', 'bag', 'bags', 'trainers', 'shoes', 'sandals', 'jumper', 'hoodie', 'fleece', 'scarf', 'gloves', 'hat', 'umbrella', 'leggings', 'jeans', 'dress', 'dresses', 'pyjamas', 'socks', 'watch', 'perfume', 'mug', 'flask', 'waterproofs', 'sale', 'voucher', 'vouchers', 'shop', 'store', 'outlet']);
